//! This module implements checking of expressions: names, literals, unary
//! operators (including `&` and `*`), type assertions and the operand
//! abstraction. Binary operators are in binary.rs, calls in call.rs and
//! builtins.rs, selectors in selector.rs, indexing and slicing in
//! index.rs, composite literals in composite.rs.
//!
//! Checking yields an `Operand`: a value (a typed expression, possibly of
//! an untyped constant kind), a type, a builtin, or a call's result list.
//! `value` narrows an operand to a single value and reports misuse.

use super::check::Checker;
use super::constant::Const;
use super::scope::{BuiltinName, ObjKind};
use super::ty::{Basic, Type, TypeId, ids};
use super::typed::{Expr, ExprKind};
use crate::source::Span;
use crate::syntax::ast::{self, UnaryOp};

pub(super) enum Operand {
    Value(Expr),
    /// A call of a function without results.
    NoValue(Expr),
    /// A call with several results; the expression's type is a tuple.
    Tuple(Expr),
    Type(TypeId),
    Builtin(BuiltinName),
    /// An error was reported already.
    Invalid,
}

pub(super) fn mk(kind: ExprKind, ty: TypeId, span: Span) -> Expr {
    Expr { kind, ty, span }
}

impl<'a> Checker<'a> {
    /// Checks `e` and requires a single value.
    pub fn value(&mut self, e: &ast::Expr) -> Option<Expr> {
        let op = self.operand(e);
        self.single(op, e)
    }

    pub(super) fn single(&mut self, op: Operand, e: &ast::Expr) -> Option<Expr> {
        let s = || crate::syntax::printer::expr_string(e);
        match op {
            // An operand of invalid type comes from an error already
            // reported; it silently poisons what uses it.
            Operand::Value(x) if x.ty == ids::INVALID => None,
            Operand::Value(x) => Some(x),
            Operand::Invalid => None,
            Operand::NoValue(_) => {
                self.error(e.span, format!("{} (no value) used as value", s()));
                None
            }
            Operand::Tuple(x) => {
                let t = self.tt.display(x.ty);
                self.error(
                    e.span,
                    format!(
                        "multiple-value {} (value of type {t}) in single-value context",
                        s()
                    ),
                );
                None
            }
            Operand::Type(_) => {
                self.error(e.span, format!("{} (type) is not an expression", s()));
                None
            }
            Operand::Builtin(_) => {
                let n = s();
                self.error(
                    e.span,
                    format!("{n} (built-in function {n}) must be called"),
                );
                None
            }
        }
    }

    pub(super) fn operand(&mut self, e: &ast::Expr) -> Operand {
        if let Some((span, _)) = &self.prechecked
            && *span == e.span
            && let Some((_, op)) = self.prechecked.take()
        {
            return op;
        }
        match &e.kind {
            ast::ExprKind::Ident(id) => self.ident(id),
            ast::ExprKind::BasicLit { kind, raw } => self.literal(*kind, raw, e.span),
            ast::ExprKind::Paren(x) => self.operand(x),
            ast::ExprKind::Selector { x, sel } => self.selector(x, sel, e),
            ast::ExprKind::Call {
                func,
                args,
                ellipsis,
            } => self.call(e, func, args, *ellipsis),
            ast::ExprKind::Index { x, indices } => self.index(e, x, indices),
            ast::ExprKind::Slice {
                x,
                lo,
                hi,
                max,
                three,
            } => self.slice_expr(e, x, [lo, hi, max], *three),
            ast::ExprKind::Unary { op, x } => self.unary(e, *op, x),
            ast::ExprKind::Binary { op, x, y } => self.binary(e, *op, x, y),
            ast::ExprKind::TypeAssert { x, ty } => self.type_assert(e, x, ty.as_deref()),
            ast::ExprKind::Star(x) => self.star(e, x),
            ast::ExprKind::CompositeLit { ty, elts } => {
                self.composite(e, ty.as_deref(), elts, None)
            }
            ast::ExprKind::FuncLit { sig, body } => self.func_lit(e, sig, body),
            ast::ExprKind::Bad => Operand::Invalid,
            ast::ExprKind::Ellipsis(_) => {
                self.error(e.span, "invalid use of ...");
                Operand::Invalid
            }
            _ => match self.type_expr(e) {
                Some(t) => Operand::Type(t),
                None => Operand::Invalid,
            },
        }
    }

    pub(super) fn unsupported_expr(&mut self, e: &ast::Expr, what: &str) -> Operand {
        self.unsupported(e.span, what);
        Operand::Invalid
    }

    fn ident(&mut self, id: &ast::Ident) -> Operand {
        if id.name == "_" {
            self.error(id.span, "cannot use _ as value or type");
            return Operand::Invalid;
        }
        if id.name == "iota" && self.sc.lookup(self.scope(), "iota").is_none() {
            return match self.iota {
                Some(v) => Operand::Value(mk(
                    ExprKind::Const(Const::int(v)),
                    ids::UNTYPED_INT,
                    id.span,
                )),
                None => {
                    self.error(id.span, "cannot use iota outside constant declaration");
                    Operand::Invalid
                }
            };
        }
        let Some(obj) = self.lookup(id) else {
            return Operand::Invalid;
        };
        self.object_operand(obj, id.span)
    }

    pub(super) fn object_operand(&mut self, obj: super::scope::ObjId, span: Span) -> Operand {
        let v = |k, t| Operand::Value(mk(k, t, span));
        let kind = self.resolve(obj);
        if self.value_objs.contains(&obj) {
            self.note_dep(super::initorder::Dep::Obj(obj));
        }
        match kind {
            ObjKind::Const(t, c) => v(ExprKind::Const(c), t),
            ObjKind::Local(l, t, owner) => {
                let l = self.local_here(owner, l);
                v(ExprKind::Local(l), t)
            }
            ObjKind::Global(g, t) => v(ExprKind::Global(g), t),
            ObjKind::Func(f, t) => {
                self.note_dep(super::initorder::Dep::Func(f));
                v(ExprKind::Func(f), t)
            }
            ObjKind::TypeName(t) => Operand::Type(t),
            ObjKind::Builtin(b) => Operand::Builtin(b),
            ObjKind::Nil => v(ExprKind::Zero, ids::UNTYPED_NIL),
            ObjKind::Package(_) => {
                let name = self.sc.obj(obj).name.clone();
                self.error(span, format!("use of package {name} not in selector"));
                Operand::Invalid
            }
            ObjKind::Invalid | ObjKind::Pending(_) | ObjKind::InProgress => Operand::Invalid,
        }
    }

    fn literal(&mut self, kind: ast::LitKind, raw: &str, span: Span) -> Operand {
        use super::number::{parse_float, parse_imag};
        let c = match kind {
            ast::LitKind::Int => {
                super::literal::int_value(raw).map(|v| (Const::Int(v), ids::UNTYPED_INT))
            }
            ast::LitKind::Char => {
                super::literal::char_value(raw).map(|v| (Const::Int(v), ids::UNTYPED_RUNE))
            }
            ast::LitKind::String => {
                super::literal::string_value(raw).map(|v| (Const::Str(v), ids::UNTYPED_STRING))
            }
            ast::LitKind::Float => match parse_float(raw) {
                Some(v) => Some((Const::Float(v), ids::UNTYPED_FLOAT)),
                None => super::huge::Huge::parse(raw).map(|h| (Const::Huge(h), ids::UNTYPED_FLOAT)),
            },
            ast::LitKind::Imag => parse_imag(raw).map(|v| {
                let zero = num_rational::BigRational::from_integer(0.into());
                (Const::Complex(zero, v), ids::UNTYPED_COMPLEX)
            }),
        };
        match c {
            Some((c, t)) => Operand::Value(mk(ExprKind::Const(c), t, span)),
            None => {
                self.error(
                    span,
                    format!("invalid literal {raw} (or constant overflow)"),
                );
                Operand::Invalid
            }
        }
    }

    fn unary(&mut self, e: &ast::Expr, op: UnaryOp, x: &ast::Expr) -> Operand {
        match op {
            UnaryOp::Addr => return self.address_of(e, x),
            UnaryOp::Recv => return self.unsupported_expr(e, "channel receive"),
            UnaryOp::Tilde => {
                self.value(x);
                self.error(
                    e.span,
                    "cannot use ~ outside of interface or type constraint (use ^ for bitwise complement)",
                );
                return Operand::Invalid;
            }
            _ => {}
        }
        let Some(xv) = self.value(x) else {
            return Operand::Invalid;
        };
        let ok = match op {
            UnaryOp::Not => self.tt.pred(xv.ty, Basic::is_boolean),
            UnaryOp::BitNot => self.tt.pred(xv.ty, Basic::is_integer),
            _ => self.tt.pred(xv.ty, Basic::is_numeric),
        };
        if !ok {
            let d = self.describe(x, &xv);
            let o = crate::syntax::printer::unary_op(op);
            self.error(
                e.span,
                format!("invalid operation: operator {o} not defined on {d}"),
            );
            return Operand::Invalid;
        }
        if let Some(c) = super::decl::const_of(&xv) {
            let kind = self.tt.basic(xv.ty).unwrap_or(Basic::Int);
            return match c.unary(op, kind) {
                Ok(r) => self.typed_const(r, xv.ty, e),
                Err(_) => Operand::Invalid,
            };
        }
        let ty = xv.ty;
        Operand::Value(mk(
            ExprKind::Unary {
                op,
                x: Box::new(xv),
            },
            ty,
            e.span,
        ))
    }

    /// `&x`: `x` must be addressable, or a composite literal.
    fn address_of(&mut self, e: &ast::Expr, x: &ast::Expr) -> Operand {
        let inner = strip_parens(x);
        if let ast::ExprKind::CompositeLit { .. } = inner.kind {
            let Some(v) = self.value(inner) else {
                return Operand::Invalid;
            };
            let t = self.tt.pointer(v.ty);
            return Operand::Value(mk(ExprKind::AddrOf(Box::new(v)), t, e.span));
        }
        let Some(v) = self.value(x) else {
            return Operand::Invalid;
        };
        if !self.addressable(&v) {
            let d = self.describe(x, &v);
            let d = match v.kind {
                ExprKind::MapIndex { .. } => {
                    let s = crate::syntax::printer::expr_string(x);
                    let t = self.tt.display(v.ty);
                    format!("{s} (map index expression of type {t})")
                }
                _ => d,
            };
            self.error(
                e.span,
                format!("invalid operation: cannot take address of {d}"),
            );
            return Operand::Invalid;
        }
        let t = self.tt.pointer(v.ty);
        Operand::Value(mk(ExprKind::AddrOf(Box::new(v)), t, e.span))
    }

    /// Whether a checked expression denotes a variable (spec:
    /// "Address operators").
    pub(super) fn addressable(&self, x: &Expr) -> bool {
        match &x.kind {
            ExprKind::Local(_) | ExprKind::Global(_) | ExprKind::Deref(_) => true,
            ExprKind::Field { x, .. } => self.addressable(x),
            ExprKind::Index { x, .. } => match self.tt.get(self.tt.underlying(x.ty)) {
                Type::Slice(_) => true,
                Type::Array(..) => self.addressable(x),
                _ => false,
            },
            _ => false,
        }
    }

    /// `*x`: a dereference (or a pointer type, in a type context).
    fn star(&mut self, e: &ast::Expr, x: &ast::Expr) -> Operand {
        let op = self.operand(x);
        let xv = match op {
            Operand::Type(t) => return Operand::Type(self.tt.pointer(t)),
            op => match self.single(op, x) {
                Some(v) => v,
                None => return Operand::Invalid,
            },
        };
        if xv.ty == ids::UNTYPED_NIL {
            self.error(e.span, "invalid operation: cannot indirect nil");
            return Operand::Invalid;
        }
        let Some(elem) = self.tt.pointee(xv.ty) else {
            let d = self.describe(x, &xv);
            self.error(e.span, format!("invalid operation: cannot indirect {d}"));
            return Operand::Invalid;
        };
        Operand::Value(mk(ExprKind::Deref(Box::new(xv)), elem, e.span))
    }

    /// A constant result of type `ty`, checked for representability if
    /// typed (and rounded, for floats).
    pub(super) fn typed_const(&mut self, c: Const, ty: TypeId, e: &ast::Expr) -> Operand {
        let Some(b) = self.tt.basic(ty) else {
            return Operand::Value(mk(ExprKind::Const(c), ty, e.span));
        };
        if b.is_untyped() {
            return Operand::Value(mk(ExprKind::Const(c), ty, e.span));
        }
        match super::constant::representable(&c, b) {
            Ok(c) => Operand::Value(mk(ExprKind::Const(c), ty, e.span)),
            Err(_) => {
                let s = crate::syntax::printer::expr_string(e);
                let t = self.tt.display(ty);
                let v = c.display();
                let msg = if s == v {
                    format!("constant {v} overflows {t}")
                } else {
                    format!("{s} (constant {v} of type {t}) overflows {t}")
                };
                self.error(e.span, msg);
                Operand::Invalid
            }
        }
    }

    /// `v, ok := x.(T)`: a tuple of the asserted value and a bool.
    pub(super) fn comma_ok_assert(
        &mut self,
        e: &ast::Expr,
        x: &ast::Expr,
        ty: &ast::Expr,
    ) -> Operand {
        match self.type_assert(e, x, Some(ty)) {
            Operand::Value(Expr {
                kind: ExprKind::TypeAssert { x, target, .. },
                span,
                ..
            }) => {
                let ty = self.tt.tuple(vec![target, ids::BOOL]);
                let kind = ExprKind::TypeAssert {
                    x,
                    target,
                    comma_ok: true,
                };
                Operand::Tuple(mk(kind, ty, span))
            }
            other => other,
        }
    }

    fn type_assert(&mut self, e: &ast::Expr, x: &ast::Expr, ty: Option<&ast::Expr>) -> Operand {
        let Some(ty) = ty else {
            self.error(
                e.span,
                "invalid syntax tree: use of .(type) outside type switch",
            );
            return Operand::Invalid;
        };
        let Some(xv) = self.value(x) else {
            return Operand::Invalid;
        };
        if !self.tt.is_interface(xv.ty) {
            let d = self.describe(x, &xv);
            self.error(
                x.span,
                format!("invalid operation: {d} is not an interface"),
            );
            return Operand::Invalid;
        }
        let Some(target) = self.type_expr(ty) else {
            return Operand::Invalid;
        };
        if !self.tt.is_interface(target)
            && let Some((m, why)) = self.tt.missing_method(target, xv.ty)
        {
            let s = crate::syntax::printer::expr_string(e);
            let reason = self.missing_reason(target, xv.ty, &m, &why);
            self.error(
                ty.span,
                format!("impossible type assertion: {s}\n\t{reason}"),
            );
            return Operand::Invalid;
        }
        let kind = ExprKind::TypeAssert {
            x: Box::new(xv),
            target,
            comma_ok: false,
        };
        Operand::Value(mk(kind, target, e.span))
    }
}

/// `x` without enclosing parentheses.
pub(super) fn strip_parens(x: &ast::Expr) -> &ast::Expr {
    match &x.kind {
        ast::ExprKind::Paren(inner) => strip_parens(inner),
        _ => x,
    }
}
