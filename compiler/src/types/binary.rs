//! This module implements binary operators: matching operand types
//! (an untyped operand takes the other's type; two untyped constants take
//! the "larger" kind), checking the operator applies, comparisons (untyped
//! bool results), shifts, and constant folding with gc's diagnostics.

use super::check::Checker;
use super::expr::{Operand, mk};
use super::ty::{Basic, TypeId, ids};
use super::typed::{Expr, ExprKind};
use crate::syntax::ast::{self, BinaryOp};

fn is_comparison(op: BinaryOp) -> bool {
    use BinaryOp::*;
    matches!(op, Eq | Ne | Lt | Le | Gt | Ge)
}

impl<'a> Checker<'a> {
    pub(super) fn binary(
        &mut self,
        e: &ast::Expr,
        op: BinaryOp,
        x: &ast::Expr,
        y: &ast::Expr,
    ) -> Operand {
        let (Some(xv), Some(yv)) = (self.value(x), self.value(y)) else {
            return Operand::Invalid;
        };
        if matches!(op, BinaryOp::Shl | BinaryOp::Shr) {
            return self.shift(e, op, (x, xv), (y, yv));
        }
        let Some((xv, yv)) = self.match_operands((x, xv), (y, yv)) else {
            return Operand::Invalid;
        };
        if is_comparison(op) {
            if !self.comparison_ok(op, (x, &xv), (y, &yv), None) {
                return Operand::Invalid;
            }
            let (xv, yv) = self.unify_assignable(xv, yv);
            return self.fold_or_build(e, op, xv, yv, Some(ids::UNTYPED_BOOL));
        }
        if xv.ty != yv.ty {
            if xv.ty != ids::INVALID && yv.ty != ids::INVALID {
                let (xs, ys) = (self.tt.display(xv.ty), self.tt.display(yv.ty));
                let s = crate::syntax::printer::expr_string(e);
                self.error(
                    x.span,
                    format!("invalid operation: {s} (mismatched types {xs} and {ys})"),
                );
            }
            return Operand::Invalid;
        }
        if !self.op_defined(op, xv.ty) {
            let d = self.describe(x, &xv);
            let o = crate::syntax::printer::binary_op(op);
            self.error(
                e.span,
                format!("invalid operation: operator {o} not defined on {d}"),
            );
            return Operand::Invalid;
        }
        let y_zero = super::decl::const_of(&yv).is_some_and(|c| {
            c.is_numeric() && super::constant::sign(&c) == 0 && !is_nonzero_complex(&c)
        });
        let x_const = super::decl::const_of(&xv).is_some();
        if matches!(op, BinaryOp::Div | BinaryOp::Rem)
            && y_zero
            && (x_const || self.tt.pred(xv.ty, Basic::is_integer))
        {
            self.error(y.span, "invalid operation: division by zero");
            return Operand::Invalid;
        }
        self.fold_or_build(e, op, xv, yv, None)
    }

    /// types2's `matchTypes`: an untyped operand takes the other's type
    /// when it may; two untyped numeric operands take the larger kind.
    /// `None` when a conversion failed (and was reported).
    fn match_operands(
        &mut self,
        (x, xv): (&ast::Expr, Expr),
        (y, yv): (&ast::Expr, Expr),
    ) -> Option<(Expr, Expr)> {
        if self.tt.is_untyped(xv.ty) && self.tt.is_untyped(yv.ty) {
            return self.match_untyped(xv, yv);
        }
        if !self.may_convert(&xv, &yv) {
            return Some((xv, yv));
        }
        let yt = yv.ty;
        let xv = self.convert_operand(x, xv, yt)?;
        let xt = xv.ty;
        let yv = self.convert_operand(y, yv, xt)?;
        Some((xv, yv))
    }

    /// The position of a binary expression's operator: the first
    /// non-blank byte after its left operand (gc reports constant
    /// overflow there).
    fn operator_span(&self, e: &ast::Expr) -> crate::source::Span {
        let ast::ExprKind::Binary { x, .. } = &e.kind else {
            return e.span;
        };
        let text = self.sources.file(e.span.file).text.as_bytes();
        let mut at = x.span.end as usize;
        while at < e.span.end as usize && text.get(at).is_some_and(|b| b.is_ascii_whitespace()) {
            at += 1;
        }
        crate::source::Span::new(e.span.file, at, at + 1)
    }

    /// Operands of different types where one is assignable to the other
    /// with the same representation: the first converted to the second's
    /// type, or the reverse.
    fn unify_assignable(&mut self, xv: Expr, yv: Expr) -> (Expr, Expr) {
        use super::assign::Assignable;
        let ifaces = self.tt.is_interface(xv.ty) || self.tt.is_interface(yv.ty);
        let untyped = self.tt.is_untyped(xv.ty) || self.tt.is_untyped(yv.ty);
        if ifaces || untyped || xv.ty == yv.ty {
            return (xv, yv);
        }
        let conv = |v: Expr, t: TypeId| {
            let span = v.span;
            mk(ExprKind::Convert(Box::new(v)), t, span)
        };
        if matches!(self.assignable(xv.ty, yv.ty), Assignable::Same) {
            let t = yv.ty;
            (conv(xv, t), yv)
        } else if matches!(self.assignable(yv.ty, xv.ty), Assignable::Same) {
            let t = xv.ty;
            (xv, conv(yv, t))
        } else {
            (xv, yv)
        }
    }

    /// Two untyped operands: both take the larger numeric kind, or must
    /// be of the same category.
    fn match_untyped(&mut self, xv: Expr, yv: Expr) -> Option<(Expr, Expr)> {
        let rank = |t: TypeId| match t {
            ids::UNTYPED_INT => 1,
            ids::UNTYPED_RUNE => 2,
            ids::UNTYPED_FLOAT => 3,
            ids::UNTYPED_COMPLEX => 4,
            _ => 0,
        };
        let (rx, ry) = (rank(xv.ty), rank(yv.ty));
        if rx > 0 && ry > 0 {
            let t = if rx >= ry { xv.ty } else { yv.ty };
            return Some((Expr { ty: t, ..xv }, Expr { ty: t, ..yv }));
        }
        Some((xv, yv))
    }

    fn op_defined(&self, op: BinaryOp, t: TypeId) -> bool {
        use BinaryOp::*;
        match op {
            Add => self.tt.pred(t, |b| b.is_numeric() || b.is_string()),
            Sub | Mul | Div => self.tt.pred(t, Basic::is_numeric),
            Rem | And | Or | Xor | AndNot => self.tt.pred(t, Basic::is_integer),
            LAnd | LOr => self.tt.pred(t, Basic::is_boolean),
            _ => true,
        }
    }

    fn shift(
        &mut self,
        e: &ast::Expr,
        op: BinaryOp,
        (x, xv): (&ast::Expr, Expr),
        (y, yv): (&ast::Expr, Expr),
    ) -> Operand {
        let count_const = super::decl::const_of(&yv).and_then(|c| {
            c.as_bigint().and_then(|v| {
                use num_traits::ToPrimitive;
                v.to_i128()
            })
        });
        let y_int_const = self.tt.is_untyped(yv.ty)
            && super::decl::const_of(&yv).is_some_and(|c| c.as_bigint().is_some());
        if !self.tt.pred(yv.ty, Basic::is_integer) && !y_int_const {
            let d = self.describe(y, &yv);
            self.error(
                y.span,
                format!("invalid operation: shift count {d} must be integer"),
            );
            return Operand::Invalid;
        }
        if count_const.is_some_and(|c| c < 0) {
            let d = self.describe(y, &yv);
            self.error(
                y.span,
                format!("invalid operation: negative shift count {d}"),
            );
            return Operand::Invalid;
        }
        let x_const = super::decl::const_of(&xv).is_some();
        // An untyped constant with an integral value may be shifted. In a
        // constant shift the result is an untyped integer; in a
        // non-constant one the operand keeps its untyped kind until the
        // context gives it a type (types/untyped.rs).
        let xv = match super::decl::const_of(&xv) {
            Some(c)
                if self.tt.is_untyped(xv.ty) && !matches!(c, super::constant::Const::Int(_)) =>
            {
                match c.as_bigint() {
                    Some(v) => Expr {
                        kind: ExprKind::Const(super::constant::Const::Int(v)),
                        ty: if count_const.is_some() {
                            ids::UNTYPED_INT
                        } else {
                            xv.ty
                        },
                        ..xv
                    },
                    None => xv,
                }
            }
            _ => xv,
        };
        let shiftable = self.tt.pred(xv.ty, Basic::is_integer)
            || (count_const.is_none()
                && self.tt.is_untyped(xv.ty)
                && matches!(
                    super::decl::const_of(&xv),
                    Some(super::constant::Const::Int(_))
                ));
        if let (Some(n), true) = (count_const, x_const)
            && n > 1074
        {
            let s = crate::syntax::printer::expr_string(y);
            self.error(y.span, format!("invalid shift count {s}"));
            return Operand::Invalid;
        }
        if !shiftable {
            let d = self.describe(x, &xv);
            self.error(
                x.span,
                format!("invalid operation: shifted operand {d} must be integer"),
            );
            return Operand::Invalid;
        }
        let yv = match count_const {
            Some(_) => self.convert_untyped(yv, ids::UINT, y).unwrap_or_else(|v| v),
            None => yv,
        };
        self.fold_or_build(e, op, xv, yv, None)
    }

    /// Folds constant operands, or builds the operation. `result` overrides
    /// the result type (comparisons); otherwise it is the left type.
    fn fold_or_build(
        &mut self,
        e: &ast::Expr,
        op: BinaryOp,
        xv: Expr,
        yv: Expr,
        result: Option<TypeId>,
    ) -> Operand {
        let ty = result.unwrap_or(xv.ty);
        if let (Some(a), Some(b)) = (super::decl::const_of(&xv), super::decl::const_of(&yv)) {
            let kind = self.tt.basic(xv.ty).unwrap_or(Basic::Int);
            let r = if matches!(op, BinaryOp::Shl | BinaryOp::Shr) {
                use num_traits::ToPrimitive;
                let n = b.as_bigint().and_then(|v| v.to_u64()).unwrap_or(u64::MAX);
                a.shift(op, n, kind)
            } else {
                a.binary(op, &b, kind)
            };
            match r {
                Ok(c) => return self.typed_const(c, ty, e),
                Err(super::constant::ConstError::Overflow) => {
                    let s = crate::syntax::printer::expr_string(e);
                    let _ = s;
                    let what = match op {
                        BinaryOp::Add => "addition ",
                        BinaryOp::Sub => "subtraction ",
                        BinaryOp::Mul => "multiplication ",
                        BinaryOp::Xor => "bitwise XOR ",
                        BinaryOp::Shl => "shift ",
                        _ => "",
                    };
                    let at = self.operator_span(e);
                    self.error(at, format!("constant {what}overflow"));
                    return Operand::Invalid;
                }
                Err(super::constant::ConstError::Unsupported) => {
                    self.unsupported(e.span, "arithmetic on constants with huge exponents");
                    return Operand::Invalid;
                }
                Err(_) => {}
            }
        }
        // Comparing with nil needs no typed nil operand.
        let (xv, yv) = if result.is_some() {
            self.type_nil_operands(xv, yv)
        } else {
            (xv, yv)
        };
        let kind = ExprKind::Binary {
            op,
            x: Box::new(xv),
            y: Box::new(yv),
        };
        Operand::Value(mk(kind, ty, e.span))
    }

    fn type_nil_operands(&mut self, xv: Expr, yv: Expr) -> (Expr, Expr) {
        let fix = |v: Expr, t: TypeId| {
            if v.ty == ids::UNTYPED_NIL {
                Expr { ty: t, ..v }
            } else {
                v
            }
        };
        let (xt, yt) = (xv.ty, yv.ty);
        let (mut xv, mut yv) = (fix(xv, yt), fix(yv, xt));
        // Comparing an interface with a concrete value boxes the latter.
        if self.tt.is_interface(xv.ty) && !self.tt.is_interface(yv.ty) {
            let yd = self.default_value(yv);
            yv = self.iface_of(yd, xv.ty);
        } else if self.tt.is_interface(yv.ty) && !self.tt.is_interface(xv.ty) {
            let xd = self.default_value(xv);
            xv = self.iface_of(xd, yv.ty);
        }
        // Two untyped operands, one not constant (`1<<n == 1`): compared
        // in their default type.
        let untyped =
            |v: &Expr, tt: &super::ty::TypeTable| tt.is_untyped(v.ty) && v.ty != ids::UNTYPED_NIL;
        if untyped(&xv, &self.tt) && untyped(&yv, &self.tt) {
            xv = self.default_value(xv);
            yv = self.default_value(yv);
        }
        (xv, yv)
    }
}

/// A complex constant with a zero real part but nonzero imaginary part is
/// not zero.
fn is_nonzero_complex(c: &super::constant::Const) -> bool {
    match c {
        super::constant::Const::Complex(_, im) => {
            use num_traits::Zero;
            !im.is_zero()
        }
        _ => false,
    }
}
