//! This module implements calls of builtin functions: len, cap, append,
//! print, println and panic. The other builtins are recognised and
//! rejected as not supported yet.

use super::check::Checker;
use super::constant::Const;
use super::expr::{Operand, mk};
use super::scope::BuiltinName;
use super::ty::{Basic, Type, ids};
use super::typed::Builtin;
use super::typed::{Expr, ExprKind};
use crate::source::Span;
use crate::syntax::ast;

impl<'a> Checker<'a> {
    pub(super) fn builtin_call(
        &mut self,
        e: &ast::Expr,
        b: BuiltinName,
        args: &[ast::Expr],
        ellipsis: Option<Span>,
    ) -> Operand {
        let kind = match b {
            BuiltinName::Supported(k) => k,
            BuiltinName::Unsupported(name) => {
                self.unsupported(e.span, &format!("builtin {name}"));
                return Operand::Invalid;
            }
        };
        if ellipsis.is_some() && kind != Builtin::Append {
            let msg = format!(
                "invalid operation: invalid use of ... with built-in {}",
                name_of(kind)
            );
            self.error(e.span, msg);
            return Operand::Invalid;
        }
        match kind {
            Builtin::Len | Builtin::Cap => self.len_cap(e, kind, args),
            Builtin::Append => self.append(e, args, ellipsis.is_some()),
            Builtin::Print | Builtin::Println => self.print(e, kind, args),
            Builtin::Panic => self.panic_call(e, args),
        }
    }

    fn arity(&mut self, e: &ast::Expr, args: &[ast::Expr], n: usize, name: &str) -> bool {
        if args.len() == n {
            return true;
        }
        let which = if args.len() < n {
            "not enough"
        } else {
            "too many"
        };
        let s = crate::syntax::printer::expr_string(e);
        self.error(
            e.span,
            format!(
                "{which} arguments for {s} (expected {n}, found {})",
                args.len()
            ),
        );
        let _ = name;
        false
    }

    fn len_cap(&mut self, e: &ast::Expr, kind: Builtin, args: &[ast::Expr]) -> Operand {
        let name = if kind == Builtin::Len { "len" } else { "cap" };
        if !self.arity(e, args, 1, name) {
            return Operand::Invalid;
        }
        let Some(x) = self.value(&args[0]) else {
            return Operand::Invalid;
        };
        let under = self.tt.get(self.tt.underlying(x.ty)).clone();
        let ok = match &under {
            Type::Basic(b) => kind == Builtin::Len && b.is_string(),
            Type::Slice(_) | Type::Array(..) => true,
            _ => false,
        };
        if !ok {
            let d = self.describe(&args[0], &x);
            self.error(
                args[0].span,
                format!("invalid argument: {d} for built-in {name}"),
            );
            return Operand::Invalid;
        }
        let constant = match (&x.kind, &under) {
            (ExprKind::Const(Const::Str(s)), _) => Some(s.len() as i128),
            (_, Type::Array(n, _)) if is_side_effect_free(&x) => Some(*n as i128),
            _ => None,
        };
        if let Some(n) = constant {
            return Operand::Value(mk(ExprKind::Const(Const::Int(n)), ids::INT, e.span));
        }
        let x = self.default_value(x);
        let k = ExprKind::Builtin {
            which: kind,
            args: vec![x],
            spread: false,
        };
        Operand::Value(mk(k, ids::INT, e.span))
    }

    fn append(&mut self, e: &ast::Expr, args: &[ast::Expr], spread: bool) -> Operand {
        let Some(first) = args.first() else {
            self.error(
                e.span,
                "not enough arguments for append() (expected 1, found 0)",
            );
            return Operand::Invalid;
        };
        let Some(s) = self.value(first) else {
            return Operand::Invalid;
        };
        let Type::Slice(elem) = *self.tt.get(self.tt.underlying(s.ty)) else {
            let d = self.describe(first, &s);
            self.error(first.span, format!("invalid argument: {d} is not a slice"));
            return Operand::Invalid;
        };
        let slice_t = s.ty;
        let mut out = vec![s];
        if spread {
            if args.len() != 2 {
                self.error(e.span, "can only use ... with final argument in list");
                return Operand::Invalid;
            }
            let Some(x) = self.value(&args[1]) else {
                return Operand::Invalid;
            };
            let bytes_from_string = elem == ids::UINT8 && self.tt.pred(x.ty, Basic::is_string);
            let x = if bytes_from_string {
                self.default_value(x)
            } else {
                match self.assign_to(x, slice_t, &args[1], "argument to append") {
                    Some(x) => x,
                    None => return Operand::Invalid,
                }
            };
            out.push(x);
        } else {
            for a in &args[1..] {
                match self
                    .value(a)
                    .and_then(|x| self.assign_to(x, elem, a, "argument to append"))
                {
                    Some(x) => out.push(x),
                    None => return Operand::Invalid,
                }
            }
        }
        let k = ExprKind::Builtin {
            which: Builtin::Append,
            args: out,
            spread,
        };
        Operand::Value(mk(k, slice_t, e.span))
    }

    fn print(&mut self, e: &ast::Expr, kind: Builtin, args: &[ast::Expr]) -> Operand {
        let name = if kind == Builtin::Print {
            "print"
        } else {
            "println"
        };
        let mut out = Vec::new();
        let mut ok = true;
        for a in args {
            match self.print_arg(a, name) {
                Some(x) => out.push(x),
                None => ok = false,
            }
        }
        if !ok {
            return Operand::Invalid;
        }
        let k = ExprKind::Builtin {
            which: kind,
            args: out,
            spread: false,
        };
        Operand::NoValue(mk(k, self.tt.tuple(vec![]), e.span))
    }

    fn print_arg(&mut self, a: &ast::Expr, name: &str) -> Option<Expr> {
        let x = self.value(a)?;
        if x.ty == ids::UNTYPED_NIL {
            self.error(
                a.span,
                format!("use of untyped nil in argument to built-in {name}"),
            );
            return None;
        }
        let x = self.default_value(x);
        if !self.printable(&x) {
            let d = self.describe(a, &x);
            self.unsupported(a.span, &format!("printing {d} with {name}"));
            return None;
        }
        Some(x)
    }

    fn printable(&self, x: &Expr) -> bool {
        match self.tt.get(self.tt.underlying(x.ty)) {
            Type::Basic(b) => b.is_integer() || b.is_boolean() || b.is_string(),
            Type::Pointer(_) | Type::Slice(_) | Type::Interface(_) | Type::Func { .. } => true,
            _ => false,
        }
    }

    fn panic_call(&mut self, e: &ast::Expr, args: &[ast::Expr]) -> Operand {
        if !self.arity(e, args, 1, "panic") {
            return Operand::Invalid;
        }
        let Some(x) = self.value(&args[0]) else {
            return Operand::Invalid;
        };
        let Some(x) = self.assign_to(x, ids::ANY, &args[0], "argument to panic") else {
            return Operand::Invalid;
        };
        let k = ExprKind::Builtin {
            which: Builtin::Panic,
            args: vec![x],
            spread: false,
        };
        Operand::NoValue(mk(k, self.tt.tuple(vec![]), e.span))
    }
}

fn name_of(kind: Builtin) -> &'static str {
    match kind {
        Builtin::Len => "len",
        Builtin::Cap => "cap",
        Builtin::Append => "append",
        Builtin::Print => "print",
        Builtin::Println => "println",
        Builtin::Panic => "panic",
    }
}

/// `len` of an array is constant when the operand has no calls.
fn is_side_effect_free(x: &Expr) -> bool {
    matches!(x.kind, ExprKind::Local(_) | ExprKind::Global(_))
}
