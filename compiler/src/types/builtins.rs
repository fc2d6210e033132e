//! This module implements calls of builtin functions: len, cap, append,
//! copy, delete, clear, make, new, min, max, complex, real, imag, print,
//! println, panic, recover (the numeric ones are in builtin_numeric.rs,
//! package unsafe's in builtin_unsafe.rs). A constant `len` of an array
//! is folded here.

use super::check::Checker;
use super::constant::Const;
use super::expr::{Operand, mk};
use super::scope::BuiltinName;
use super::ty::{Basic, Type, TypeId, ids};
use super::typed::Builtin;
use super::typed::{Expr, ExprKind};
use crate::source::Span;
use crate::syntax::ast;

impl<'a> Checker<'a> {
    /// A builtin applied to the results of a multi-value call
    /// (`copy(f())`): the results are bound to fresh locals, named by
    /// synthetic identifiers the builtin is checked with.
    /// `append(s...)` or `append(s, x, y...)`: gc's argument count
    /// error with the have/want lists.
    fn append_spread_count(&mut self, args: &[ast::Expr], slice_t: TypeId, elem: TypeId) {
        let mut have = vec![self.tt.display(slice_t)];
        for a in &args[1..] {
            let t = self.value(a).map_or(ids::INVALID, |x| x.ty);
            have.push(self.tt.display(t));
        }
        let (what, at) = if args.len() < 2 {
            ("not enough", args[0].span)
        } else {
            ("too many", args[2].span)
        };
        let (s, el) = (self.tt.display(slice_t), self.tt.display(elem));
        self.error(
            at,
            format!(
                "{what} arguments in call to append\n\thave ({})\n\twant ({s}, ...{el})",
                have.join(", ")
            ),
        );
    }

    fn builtin_over_tuple(
        &mut self,
        e: &ast::Expr,
        b: BuiltinName,
        x: Expr,
        ellipsis: Option<Span>,
    ) -> Operand {
        let Type::Tuple(types) = self.tt.get(x.ty).clone() else {
            return Operand::Invalid;
        };
        self.push_scope();
        let mut locals = Vec::new();
        let mut args = Vec::new();
        for (i, t) in types.into_iter().enumerate() {
            // Not a Go identifier: no user name can collide with it.
            let id = ast::Ident {
                name: format!(".r{i}"),
                span: x.span,
            };
            let (l, obj) = self.declare_local(&id, t);
            self.sc.obj_mut(obj).used = true;
            locals.push(l);
            args.push(ast::Expr {
                kind: ast::ExprKind::Ident(id),
                span: x.span,
            });
        }
        let call = match &e.kind {
            ast::ExprKind::Call { args, .. } => {
                args.first().map(crate::syntax::printer::expr_string)
            }
            _ => None,
        };
        let saved = std::mem::replace(&mut self.tuple_call, call);
        let op = self.builtin_call(e, b, &args, ellipsis);
        self.tuple_call = saved;
        self.pop_scope();
        let wrap = |body: Expr| {
            let (ty, span) = (body.ty, body.span);
            let kind = ExprKind::Let {
                locals,
                value: Box::new(x),
                body: Box::new(body),
            };
            super::expr::mk(kind, ty, span)
        };
        match op {
            Operand::Value(v) => Operand::Value(wrap(v)),
            Operand::NoValue(v) => Operand::NoValue(wrap(v)),
            other => other,
        }
    }

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
            BuiltinName::Sizeof | BuiltinName::Alignof | BuiltinName::Offsetof => {
                return self.unsafe_const(e, b, args);
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
        if let [arg] = args
            && self.f.is_some()
            && !matches!(kind, Builtin::Make | Builtin::New)
            && matches!(
                super::expr::strip_parens(arg).kind,
                ast::ExprKind::Call { .. }
            )
        {
            match self.operand(arg) {
                Operand::Tuple(x) => return self.builtin_over_tuple(e, b, x, ellipsis),
                op => self.prechecked = Some((arg.span, op)),
            }
        }
        match kind {
            Builtin::Len | Builtin::Cap => self.len_cap(e, kind, args),
            Builtin::Append => self.append(e, args, ellipsis.is_some()),
            Builtin::Print | Builtin::Println => self.print(e, kind, args),
            Builtin::Panic => self.panic_call(e, args),
            Builtin::Copy => self.copy_call(e, args),
            Builtin::Delete => self.delete_call(e, args),
            Builtin::Clear => self.clear_call(e, args),
            Builtin::Make => self.make_call(e, args),
            Builtin::New => self.new_call(e, args),
            Builtin::Min | Builtin::Max => self.min_max(e, kind, args),
            Builtin::Complex => self.complex_call(e, args),
            Builtin::Real | Builtin::Imag => self.real_imag(e, kind, args),
            Builtin::Recover => self.recover_call(e, args),
            Builtin::Close => self.unsupported_expr(e, "builtin close"),
            Builtin::UnsafeAdd
            | Builtin::UnsafeSlice
            | Builtin::UnsafeSliceData
            | Builtin::UnsafeString
            | Builtin::UnsafeStringData => self.unsafe_call(e, kind, args),
        }
    }

    pub(super) fn arity(&mut self, e: &ast::Expr, args: &[ast::Expr], n: usize) -> bool {
        if args.len() == n {
            return true;
        }
        // gc evaluates the arguments first and stays silent about the
        // count when one of them is already in error.
        let mut valid = true;
        for a in args {
            valid &= !matches!(self.operand(a), Operand::Invalid);
        }
        if !valid {
            return false;
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
                "invalid operation: {which} arguments for {s} (expected {n}, found {})",
                args.len()
            ),
        );
        false
    }

    pub(super) fn builtin(
        &self,
        which: Builtin,
        args: Vec<Expr>,
        ty: TypeId,
        span: Span,
    ) -> Operand {
        let k = ExprKind::Builtin {
            which,
            args,
            spread: false,
        };
        if matches!(self.tt.get(ty), Type::Tuple(ts) if ts.is_empty()) {
            return Operand::NoValue(mk(k, ty, span));
        }
        Operand::Value(mk(k, ty, span))
    }

    fn len_cap(&mut self, e: &ast::Expr, kind: Builtin, args: &[ast::Expr]) -> Operand {
        let name = if kind == Builtin::Len { "len" } else { "cap" };
        if !self.arity(e, args, 1) {
            return Operand::Invalid;
        }
        let Some(x) = self.value(&args[0]) else {
            return Operand::Invalid;
        };
        let x = self.auto_deref_array(x);
        let under = self.tt.under(x.ty);
        let ok = match &under {
            Type::Basic(b) => kind == Builtin::Len && b.is_string(),
            Type::Map(..) => kind == Builtin::Len,
            Type::Slice(_) | Type::Array(..) | Type::Chan(..) => true,
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
            (ExprKind::Const(Const::Str(s)), _) => Some(s.len() as u64),
            (_, Type::Array(n, _)) if !has_call_or_recv(&x) => Some(*n),
            _ => None,
        };
        if let Some(n) = constant {
            return Operand::Value(mk(ExprKind::Const(Const::int(n)), ids::INT, e.span));
        }
        let x = self.default_value(x);
        self.builtin(kind, vec![x], ids::INT, e.span)
    }

    fn append(&mut self, e: &ast::Expr, args: &[ast::Expr], spread: bool) -> Operand {
        let Some(first) = args.first() else {
            self.error(
                e.span,
                "invalid operation: not enough arguments for append() (expected 1, found 0)",
            );
            return Operand::Invalid;
        };
        let Some(s) = self.value(first) else {
            return Operand::Invalid;
        };
        let s = if s.ty == ids::UNTYPED_NIL {
            self.error(
                first.span,
                "first argument to append must be a typed slice; have untyped nil",
            );
            return Operand::Invalid;
        } else {
            s
        };
        let Type::Slice(elem) = self.tt.under(s.ty) else {
            let d = self.describe(first, &s);
            self.error(first.span, format!("invalid argument: {d} is not a slice"));
            return Operand::Invalid;
        };
        let slice_t = s.ty;
        let mut out = vec![s];
        if spread {
            if args.len() != 2 {
                self.append_spread_count(args, slice_t, elem);
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
        // As go/types: all arguments are checked, then converted in
        // order until one fails.
        let xs: Vec<Option<Expr>> = args.iter().map(|a| self.value(a)).collect();
        let Some(xs) = xs.into_iter().collect::<Option<Vec<Expr>>>() else {
            return Operand::Invalid;
        };
        let mut out = Vec::new();
        for (x, a) in xs.into_iter().zip(args) {
            match self.print_arg(x, a, name) {
                Some(x) => out.push(x),
                None => return Operand::Invalid,
            }
        }
        let unit = self.tt.tuple(vec![]);
        self.builtin(kind, out, unit, e.span)
    }

    fn print_arg(&mut self, x: Expr, a: &ast::Expr, name: &str) -> Option<Expr> {
        if x.ty == ids::UNTYPED_NIL {
            self.error(
                a.span,
                format!("use of untyped nil in argument to built-in {name}"),
            );
            return None;
        }
        // gc's message has no space here.
        let ctx = format!(" in argument to built-in{name}");
        let before = self.diags.len();
        let x = self.default_value_in(x, &ctx, Some(a));
        if self.diags.len() > before {
            return None;
        }
        if matches!(self.tt.under(x.ty), Type::Struct(_) | Type::Array(..)) {
            let d = self.describe(a, &x);
            self.error(a.span, format!("invalid argument: {d} for built-in {name}"));
            return None;
        }
        Some(x)
    }

    fn panic_call(&mut self, e: &ast::Expr, args: &[ast::Expr]) -> Operand {
        self.panic_calls.insert(e.span);
        if !self.arity(e, args, 1) {
            return Operand::Invalid;
        }
        let Some(x) = self.value(&args[0]) else {
            return Operand::Invalid;
        };
        let Some(x) = self.assign_to(x, ids::ANY, &args[0], "argument to panic") else {
            return Operand::Invalid;
        };
        let unit = self.tt.tuple(vec![]);
        self.builtin(Builtin::Panic, vec![x], unit, e.span)
    }

    fn recover_call(&mut self, e: &ast::Expr, args: &[ast::Expr]) -> Operand {
        if !self.arity(e, args, 0) {
            return Operand::Invalid;
        }
        if let Some(f) = self.f.as_mut() {
            f.has_recover = true;
        }
        self.builtin(Builtin::Recover, Vec::new(), ids::ANY, e.span)
    }

    fn copy_call(&mut self, e: &ast::Expr, args: &[ast::Expr]) -> Operand {
        if !self.arity(e, args, 2) {
            return Operand::Invalid;
        }
        let (Some(dst), Some(src)) = (self.value(&args[0]), self.value(&args[1])) else {
            return Operand::Invalid;
        };
        let Type::Slice(de) = self.tt.under(dst.ty) else {
            let d = self.describe(&args[0], &dst);
            self.error(
                e.span,
                format!(
                    "invalid argument: copy expects slice arguments; found {d} and {}",
                    self.describe(&args[1], &src)
                ),
            );
            return Operand::Invalid;
        };
        let src = self.default_value(src);
        let ok = match self.tt.under(src.ty) {
            Type::Slice(se) => se == de,
            Type::Basic(b) if b.is_string() => de == ids::UINT8,
            _ => false,
        };
        if !ok {
            let (a, b) = (self.describe(&args[0], &dst), self.describe(&args[1], &src));
            let msg = if matches!(self.tt.under(src.ty), Type::Slice(_)) {
                format!(
                    "invalid argument: arguments to copy {a} and {b} have different element types {} and {}",
                    self.tt.display(de),
                    self.elem_display(src.ty)
                )
            } else {
                format!("invalid argument: copy expects slice arguments; found {a} and {b}")
            };
            self.error(e.span, msg);
            return Operand::Invalid;
        }
        self.builtin(Builtin::Copy, vec![dst, src], ids::INT, e.span)
    }

    fn elem_display(&self, t: TypeId) -> String {
        match self.tt.under(t) {
            Type::Slice(e) => self.tt.display(e),
            _ => self.tt.display(t),
        }
    }

    fn delete_call(&mut self, e: &ast::Expr, args: &[ast::Expr]) -> Operand {
        // On a count mismatch the arguments are still checked (and used).
        if !self.arity(e, args, 2) {
            return Operand::Invalid;
        }
        let Some(m) = self.value(&args[0]) else {
            return Operand::Invalid;
        };
        let Type::Map(k, _) = self.tt.under(m.ty) else {
            let d = self.describe(&args[0], &m);
            self.error(args[0].span, format!("invalid argument: {d} is not a map"));
            return Operand::Invalid;
        };
        let Some(key) = self.value(&args[1]) else {
            return Operand::Invalid;
        };
        let Some(key) = self.assign_to(key, k, &args[1], "argument to delete") else {
            return Operand::Invalid;
        };
        let unit = self.tt.tuple(vec![]);
        self.builtin(Builtin::Delete, vec![m, key], unit, e.span)
    }

    fn clear_call(&mut self, e: &ast::Expr, args: &[ast::Expr]) -> Operand {
        if !self.arity(e, args, 1) {
            return Operand::Invalid;
        }
        let Some(x) = self.value(&args[0]) else {
            return Operand::Invalid;
        };
        if !matches!(self.tt.under(x.ty), Type::Map(..) | Type::Slice(_)) {
            let d = self.describe(&args[0], &x);
            self.error(
                args[0].span,
                format!("invalid argument: {d} must be a map or slice"),
            );
            return Operand::Invalid;
        }
        let unit = self.tt.tuple(vec![]);
        self.builtin(Builtin::Clear, vec![x], unit, e.span)
    }

    fn make_call(&mut self, e: &ast::Expr, args: &[ast::Expr]) -> Operand {
        let Some(first) = args.first() else {
            self.error(
                e.span,
                "invalid operation: not enough arguments for make() (expected 1, found 0)",
            );
            return Operand::Invalid;
        };
        let Some(t) = self.type_expr(first) else {
            args[1..].iter().for_each(|a| {
                self.operand(a);
            });
            return Operand::Invalid;
        };
        let (min, max) = match self.tt.under(t) {
            Type::Slice(_) => (2, 3),
            Type::Map(..) => (1, 2),
            Type::Chan(..) => return self.unsupported_expr(e, "channels"),
            _ => {
                let ts = crate::syntax::printer::expr_string(first);
                self.error(
                    first.span,
                    format!(
                        "invalid argument: cannot make {ts}; type must be slice, map, or channel"
                    ),
                );
                return Operand::Invalid;
            }
        };
        if args.len() < min || args.len() > max {
            let ts = self.tt.display(t);
            let expect = if min == max - 1 {
                format!("{min} or {max}")
            } else {
                format!("{min}")
            };
            self.error(
                e.span,
                format!(
                    "invalid operation: make({ts}) expects {expect} arguments; found {}",
                    args.len()
                ),
            );
            return Operand::Invalid;
        }
        let mut out = Vec::new();
        let mut consts = Vec::new();
        for a in &args[1..] {
            let Some(v) = self.size_arg(a, "make") else {
                return Operand::Invalid;
            };
            if let Some(c) = super::decl::const_of(&v).and_then(|c| c.as_int()) {
                consts.push(c);
            }
            out.push(v);
        }
        if consts.len() == 2 && consts[0] > consts[1] {
            self.error(
                args[1].span,
                "invalid argument: length and capacity swapped".to_string(),
            );
            return Operand::Invalid;
        }
        self.builtin(Builtin::Make, out, t, e.span)
    }

    /// A length or capacity argument: an integer (or untyped constant
    /// representable as int), non-negative when constant.
    pub(super) fn size_arg(&mut self, a: &ast::Expr, what: &str) -> Option<Expr> {
        let v = self.value(a)?;
        let s = crate::syntax::printer::expr_string(a);
        if let Some(c) = super::decl::const_of(&v) {
            if c.is_numeric() && c.as_bigint().is_none() {
                let d = self.describe(a, &v);
                self.error(a.span, format!("{d} truncated to int"));
                return None;
            }
            if super::constant::sign(&c) < 0 {
                self.error(
                    a.span,
                    format!(
                        "invalid argument: index {s} (constant of type int) must not be negative"
                    ),
                );
                return None;
            }
        }
        let is_int = self.tt.pred(v.ty, Basic::is_integer)
            || (self.tt.is_untyped(v.ty)
                && super::decl::const_of(&v).is_some_and(|c| c.as_bigint().is_some()));
        if !is_int {
            let d = self.describe(a, &v);
            self.error(a.span, format!("cannot convert {d} to type int"));
            let _ = what;
            return None;
        }
        Some(self.convert_untyped(v, ids::INT, a).unwrap_or_else(|x| x))
    }

    fn new_call(&mut self, e: &ast::Expr, args: &[ast::Expr]) -> Operand {
        if !self.arity(e, args, 1) {
            return Operand::Invalid;
        }
        let Some(t) = self.type_expr(&args[0]) else {
            return Operand::Invalid;
        };
        let p = self.tt.pointer(t);
        self.builtin(Builtin::New, Vec::new(), p, e.span)
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
        Builtin::Copy => "copy",
        Builtin::Delete => "delete",
        Builtin::Clear => "clear",
        Builtin::Make => "make",
        Builtin::New => "new",
        Builtin::Min => "min",
        Builtin::Max => "max",
        Builtin::Complex => "complex",
        Builtin::Real => "real",
        Builtin::Imag => "imag",
        Builtin::Recover => "recover",
        Builtin::Close => "close",
        Builtin::UnsafeAdd => "unsafe.Add",
        Builtin::UnsafeSlice => "unsafe.Slice",
        Builtin::UnsafeSliceData => "unsafe.SliceData",
        Builtin::UnsafeString => "unsafe.String",
        Builtin::UnsafeStringData => "unsafe.StringData",
    }
}

/// `len` of an array is constant unless the operand contains a
/// (non-constant) function call or channel receive (spec: "Length and
/// capacity"); map indexing and composite literals do not count.
fn has_call_or_recv(x: &Expr) -> bool {
    match &x.kind {
        ExprKind::Call { .. } | ExprKind::Builtin { .. } | ExprKind::Let { .. } => true,
        ExprKind::Index { x, index: y }
        | ExprKind::MapIndex { m: x, key: y, .. }
        | ExprKind::Binary { x, y, .. } => has_call_or_recv(x) || has_call_or_recv(y),
        ExprKind::Field { x, .. }
        | ExprKind::Deref(x)
        | ExprKind::AddrOf(x)
        | ExprKind::Convert(x)
        | ExprKind::ToIface(x)
        | ExprKind::Unary { x, .. }
        | ExprKind::Method { recv: x, .. }
        | ExprKind::IfaceMethod { x, .. }
        | ExprKind::TypeAssert { x, .. } => has_call_or_recv(x),
        ExprKind::SliceExpr { x, lo, hi, max } => {
            has_call_or_recv(x) || any_call([lo, hi, max].into_iter().flatten().map(|b| &**b))
        }
        ExprKind::SliceLit { elems, .. } | ExprKind::ArrayLit(elems) => {
            any_call(elems.iter().map(|(_, e)| e))
        }
        ExprKind::StructLit(fs) => any_call(fs.iter().map(|(_, e)| e)),
        ExprKind::MapLit(kvs) => any_call(kvs.iter().flat_map(|(k, v)| [k, v])),
        ExprKind::Const(_)
        | ExprKind::Zero
        | ExprKind::Local(_)
        | ExprKind::Global(_)
        | ExprKind::Func(_)
        | ExprKind::MethodExpr { .. }
        | ExprKind::Closure(_) => false,
    }
}

fn any_call<'e>(mut xs: impl Iterator<Item = &'e Expr>) -> bool {
    xs.any(has_call_or_recv)
}
