//! This module implements giving a non-constant untyped expression its
//! final type. Such an expression comes from a comparison (untyped bool)
//! or from a shift whose left operand is an untyped constant and whose
//! count is not constant (`1 << n`). The spec gives that constant "the
//! type it would assume if the shift expression were replaced by its left
//! operand alone", which is only known from the context: the type is
//! pushed down through the operators that built the expression, as
//! go/types' `updateExprType` does, so that `var u uint64 = 1<<n | 1`
//! shifts in uint64.

use super::check::Checker;
use super::constant::Const;
use super::ty::{Basic, TypeId};
use super::typed::{Expr, ExprKind};
use crate::syntax::ast::BinaryOp;

fn is_comparison(op: BinaryOp) -> bool {
    use BinaryOp::*;
    matches!(op, Eq | Ne | Lt | Le | Gt | Ge)
}

impl<'a> Checker<'a> {
    /// Gives untyped `x` type `target`, and the untyped operands it was
    /// built from too (not those of a comparison, which are typed apart
    /// from its result, nor a shift count). Constants are converted to the
    /// target; a shifted operand must end up an integer.
    pub(super) fn push_untyped(&mut self, x: Expr, target: TypeId) -> Expr {
        if !self.tt.is_untyped(x.ty) {
            return x;
        }
        let span = x.span;
        let kind = match x.kind {
            ExprKind::Const(c) => ExprKind::Const(self.const_as(c, target, span)),
            ExprKind::Binary { op, x: a, y: b } if !is_comparison(op) => {
                let shift = matches!(op, BinaryOp::Shl | BinaryOp::Shr);
                if shift && !self.tt.pred(target, Basic::is_integer) {
                    self.shifted_not_integer(&a, target);
                }
                let a = Box::new(self.push_untyped(*a, target));
                let b = if shift {
                    b
                } else {
                    Box::new(self.push_untyped(*b, target))
                };
                ExprKind::Binary { op, x: a, y: b }
            }
            ExprKind::Unary { op, x: a } => ExprKind::Unary {
                op,
                x: Box::new(self.push_untyped(*a, target)),
            },
            other => other,
        };
        Expr {
            kind,
            ty: target,
            span,
        }
    }

    /// A constant leaf of a non-constant untyped expression, converted.
    fn const_as(&mut self, c: Const, target: TypeId, span: crate::source::Span) -> Const {
        let Some(b) = self.tt.basic(target) else {
            return c;
        };
        match super::constant::representable(&c, b) {
            Ok(c) => c,
            Err(_) => {
                let t = self.tt.display(target);
                self.error(
                    span,
                    format!("cannot use {} as {t} value (overflows)", c.display()),
                );
                c
            }
        }
    }

    fn shifted_not_integer(&mut self, a: &Expr, target: TypeId) {
        let t = self.tt.display(target);
        let text = self
            .sources
            .file(a.span.file)
            .text
            .get(a.span.start as usize..a.span.end as usize)
            .filter(|s| !s.is_empty());
        let what = match (&a.kind, text) {
            (_, Some(s)) => s.to_string(),
            (ExprKind::Const(c), None) => c.display(),
            _ => "operand".to_string(),
        };
        self.error(
            a.span,
            format!("invalid operation: shifted operand {what} (type {t}) must be integer"),
        );
    }
}
