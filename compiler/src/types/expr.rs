//! This module implements checking of expressions: names, literals,
//! selectors of imported packages, indexing and unary operators. Binary
//! operators are in binary.rs, calls in call.rs and builtins.rs.
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
            ast::ExprKind::Unary { op, x } => self.unary(e, *op, x),
            ast::ExprKind::Binary { op, x, y } => self.binary(e, *op, x, y),
            ast::ExprKind::TypeAssert { x, ty } => self.type_assert(e, x, ty.as_deref()),
            ast::ExprKind::Star(_) => self.unsupported_expr(e, "pointer dereference"),
            ast::ExprKind::CompositeLit { ty, elts } => {
                self.composite(e, ty.as_deref(), elts, None)
            }
            ast::ExprKind::FuncLit { .. } => self.unsupported_expr(e, "function literals"),
            ast::ExprKind::Slice { .. } => self.unsupported_expr(e, "slice expressions"),
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
            self.error(id.span, "cannot use _ as value");
            return Operand::Invalid;
        }
        if id.name == "iota" && self.sc.lookup(self.scope(), "iota").is_none() {
            return match self.iota {
                Some(v) => Operand::Value(mk(
                    ExprKind::Const(Const::Int(v)),
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
        match self.resolve(obj) {
            ObjKind::Const(t, c) => v(ExprKind::Const(c), t),
            ObjKind::Local(l, t) => v(ExprKind::Local(l), t),
            ObjKind::Global(g, t) => {
                self.note_dep(super::initorder::Dep::Var(g));
                v(ExprKind::Global(g), t)
            }
            ObjKind::Func(f, t) => {
                self.note_dep(super::initorder::Dep::Func(f));
                v(ExprKind::Func(f), t)
            }
            ObjKind::TypeName(t) => Operand::Type(t),
            ObjKind::Builtin(b) => Operand::Builtin(b),
            ObjKind::Nil => v(ExprKind::Zero, ids::UNTYPED_NIL),
            ObjKind::Package(p) => {
                let name = self.pkgs[p as usize].path.clone();
                self.error(span, format!("use of package {name} without selector"));
                Operand::Invalid
            }
            ObjKind::Invalid | ObjKind::Pending(_) | ObjKind::InProgress => Operand::Invalid,
        }
    }

    fn literal(&mut self, kind: ast::LitKind, raw: &str, span: Span) -> Operand {
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
            ast::LitKind::Float | ast::LitKind::Imag => {
                self.unsupported(span, "floating-point and complex numbers");
                return Operand::Invalid;
            }
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

    fn selector(&mut self, x: &ast::Expr, sel: &ast::Ident, e: &ast::Expr) -> Operand {
        if let ast::ExprKind::Ident(pkg) = &x.kind {
            let is_pkg = self
                .sc
                .lookup(self.scope(), &pkg.name)
                .is_some_and(|o| matches!(self.sc.obj(o).kind, ObjKind::Package(_)));
            if is_pkg {
                return match self.package_member(pkg, sel) {
                    Some(obj) => self.object_operand(obj, e.span),
                    None => Operand::Invalid,
                };
            }
        }
        if let Some(x) = self.value(x) {
            let t = self.tt.display(x.ty);
            let s = crate::syntax::printer::expr_string(e);
            self.unsupported(
                e.span,
                &format!("selector {s} (fields and methods; operand of type {t})"),
            );
        }
        Operand::Invalid
    }

    fn index(&mut self, e: &ast::Expr, x: &ast::Expr, indices: &[ast::Expr]) -> Operand {
        let Some(xv) = self.value(x) else {
            return Operand::Invalid;
        };
        if indices.len() != 1 {
            self.unsupported(e.span, "generic instantiation");
            return Operand::Invalid;
        }
        let elem = match self.tt.get(self.tt.underlying(xv.ty)) {
            Type::Basic(b) if b.is_string() => ids::UINT8,
            Type::Slice(el) | Type::Array(_, el) => *el,
            _ => {
                let d = self.describe(x, &xv);
                self.error(e.span, format!("invalid operation: cannot index {d}"));
                return Operand::Invalid;
            }
        };
        let Some(i) = self.index_value(&indices[0], self.const_len(&xv)) else {
            return Operand::Invalid;
        };
        let xv = self.default_value(xv);
        let kind = ExprKind::Index {
            x: Box::new(xv),
            index: Box::new(i),
        };
        Operand::Value(mk(kind, elem, e.span))
    }

    /// The length of a constant string or an array, known at compile time.
    fn const_len(&self, x: &Expr) -> Option<i128> {
        match (&x.kind, self.tt.get(self.tt.underlying(x.ty))) {
            (ExprKind::Const(Const::Str(s)), _) => Some(s.len() as i128),
            (_, Type::Array(n, _)) => Some(*n as i128),
            _ => None,
        }
    }

    /// Checks an index: an integer value; a constant must be non-negative
    /// and, when the length is known, in range.
    pub(super) fn index_value(&mut self, e: &ast::Expr, len: Option<i128>) -> Option<Expr> {
        let i = self.value(e)?;
        let s = crate::syntax::printer::expr_string(e);
        if !self.tt.pred(i.ty, Basic::is_integer) {
            let d = self.describe(e, &i);
            self.error(
                e.span,
                format!("invalid argument: index {d} must be integer"),
            );
            return None;
        }
        if let Some(v) = super::decl::const_of(&i).and_then(|c| c.as_int()) {
            if v < 0 {
                self.error(
                    e.span,
                    format!(
                        "invalid argument: index {s} (constant of type int) must not be negative"
                    ),
                );
                return None;
            }
            if let Some(n) = len.filter(|n| v >= *n) {
                self.error(
                    e.span,
                    format!("invalid argument: index {v} out of bounds [0:{n}]"),
                );
                return None;
            }
        }
        Some(self.convert_untyped(i, ids::INT, e).unwrap_or_else(|x| x))
    }

    fn unary(&mut self, e: &ast::Expr, op: UnaryOp, x: &ast::Expr) -> Operand {
        if matches!(op, UnaryOp::Addr | UnaryOp::Recv | UnaryOp::Tilde) {
            let what = match op {
                UnaryOp::Addr => "the address operator &",
                UnaryOp::Recv => "channel receive",
                _ => "type set terms outside constraints",
            };
            return self.unsupported_expr(e, what);
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

    /// A constant result of type `ty`, checked for overflow if typed.
    pub(super) fn typed_const(&mut self, c: Const, ty: TypeId, e: &ast::Expr) -> Operand {
        if let (Const::Int(v), Some(b)) = (&c, self.tt.basic(ty))
            && !b.is_untyped()
            && !super::constant::int_fits(*v, b)
        {
            let s = crate::syntax::printer::expr_string(e);
            let t = self.tt.display(ty);
            self.error(
                e.span,
                format!("{s} (constant {v} of type {t}) overflows {t}"),
            );
            return Operand::Invalid;
        }
        Operand::Value(mk(ExprKind::Const(c), ty, e.span))
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
        let kind = ExprKind::TypeAssert {
            x: Box::new(xv),
            target,
            comma_ok: false,
        };
        Operand::Value(mk(kind, target, e.span))
    }
}
