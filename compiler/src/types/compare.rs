//! This module implements comparisons and the matching of binary
//! operands as types2 does them: an untyped operand first takes the other
//! operand's type when it may (`mayConvert`, `convertUntyped`); then one
//! operand must be assignable to the other's type, `==` and `!=` need
//! comparable operands (or a comparison with nil), and the ordering
//! operators ordered ones. Expression switch cases are checked the same
//! way against the tag, with gc's "invalid case" wording.

use super::assign::Fit;
use super::check::Checker;
use super::expr::mk;
use super::ty::{Basic, Type, TypeId, ids};
use super::typed::{Expr, ExprKind};
use crate::syntax::ast::{self, BinaryOp};

/// The two sides of a comparison: source expression and checked value.
pub(super) type Side<'e> = (&'e ast::Expr, &'e Expr);

impl<'a> Checker<'a> {
    /// types2's `mayConvert`: whether an untyped operand may take the
    /// other operand's type before the operation is checked.
    pub(super) fn may_convert(&self, x: &Expr, y: &Expr) -> bool {
        let (xt, yt) = (x.ty, y.ty);
        if !self.tt.is_untyped(xt) && !self.tt.is_untyped(yt) {
            return false;
        }
        if self.tt.is_interface(xt) || self.tt.is_interface(yt) {
            return true;
        }
        let boolean = |t| self.tt.pred(t, Basic::is_boolean);
        let string = |t| self.tt.pred(t, Basic::is_string);
        if boolean(xt) != boolean(yt) || string(xt) != string(yt) {
            return false;
        }
        if xt == ids::UNTYPED_NIL {
            return self.has_nil(yt);
        }
        if yt == ids::UNTYPED_NIL {
            return self.has_nil(xt);
        }
        self.tt.pointee(xt).is_none() && self.tt.pointee(yt).is_none()
    }

    /// types2's `hasNil`: whether `nil` is a value of type `t`.
    pub(super) fn has_nil(&self, t: TypeId) -> bool {
        match self.tt.get(self.tt.underlying(t)) {
            Type::Basic(b) => *b == Basic::UnsafePointer,
            Type::Slice(_)
            | Type::Pointer(_)
            | Type::Func { .. }
            | Type::Map(..)
            | Type::Chan(..)
            | Type::Interface(_) => true,
            _ => false,
        }
    }

    /// types2's `convertUntyped` of operand `v` (spelled `a`) to the other
    /// operand's type: reports gc's error and returns `None` when it
    /// cannot. `nil` stays untyped, as do two untyped operands (but for
    /// the numeric kind); with an empty interface the operand takes its
    /// default type.
    pub(super) fn convert_operand(
        &mut self,
        a: &ast::Expr,
        v: Expr,
        target: TypeId,
    ) -> Option<Expr> {
        if !self.tt.is_untyped(v.ty) || target == ids::INVALID || self.tt.is_untyped(target) {
            return Some(v);
        }
        let under = self.tt.underlying(target);
        let fit = if let Type::Interface(ms) = self.tt.get(under) {
            match () {
                _ if v.ty == ids::UNTYPED_NIL => return Some(v),
                _ if ms.is_empty() => return Some(self.default_value(v)),
                _ => Err(Fit::Mismatch),
            }
        } else if v.ty == ids::UNTYPED_NIL {
            if self.has_nil(target) {
                return Some(v);
            }
            Err(Fit::Mismatch)
        } else {
            self.untyped_fits(&v, target)
        };
        let why = match fit {
            Ok(c) => return Some(self.retype(v, target, c)),
            Err(why) => why,
        };
        let (d, t) = (self.describe(a, &v), self.tt.display(under));
        let constant = matches!(v.kind, ExprKind::Const(_));
        let msg = match why {
            Fit::Overflow if constant => format!("{d} overflows {t}"),
            Fit::Truncated if constant => format!("{d} truncated to {t}"),
            _ => format!("cannot convert {d} to type {t}"),
        };
        self.error(a.span, msg);
        None
    }

    /// Whether operand `x` is assignable to type `t` (types2's
    /// `assignableTo` on an operand: an untyped one must be representable).
    fn operand_assignable(&self, x: &Expr, t: TypeId) -> bool {
        use super::assign::Assignable;
        if x.ty == t {
            return true;
        }
        if !self.tt.is_untyped(x.ty) {
            return !matches!(self.assignable(x.ty, t), Assignable::No(_));
        }
        if self.tt.is_untyped(t) {
            let numeric = |t| self.tt.pred(t, Basic::is_numeric);
            return numeric(x.ty) && numeric(t);
        }
        match self.tt.get(self.tt.underlying(t)) {
            Type::Interface(ms) => x.ty == ids::UNTYPED_NIL || ms.is_empty(),
            _ => self.untyped_fits(x, t).is_ok(),
        }
    }

    /// types2's `comparison` of matched operands: reports gc's error and
    /// returns false when `x op y` is not allowed. `tag` is set for an
    /// expression switch case `x` against tag `y` (shown as `tag`).
    pub(super) fn comparison_ok(
        &mut self,
        op: BinaryOp,
        (x, xv): Side,
        (y, yv): Side,
        tag: Option<&str>,
    ) -> bool {
        if xv.ty == ids::INVALID || yv.ty == ids::INVALID {
            return false;
        }
        let Some((bad, cause)) = self.comparison_problem(op, xv, yv) else {
            return true;
        };
        let cause = cause.unwrap_or_else(|| {
            let t = if bad { yv.ty } else { xv.ty };
            let o = crate::syntax::printer::binary_op(op);
            format!("operator {o} not defined on {}", self.kind_or_type(t))
        });
        let xs = crate::syntax::printer::expr_string(x);
        let ys = || crate::syntax::printer::expr_string(y);
        match tag {
            Some(tag) => {
                let msg = format!("invalid case {xs} in switch on {tag} ({cause})");
                self.error(x.span, msg);
            }
            None => {
                let o = crate::syntax::printer::binary_op(op);
                let at = if bad { y.span } else { x.span };
                let msg = format!("invalid operation: {xs} {o} {} ({cause})", ys());
                self.error(at, msg);
            }
        }
        false
    }

    /// What is wrong with `x op y`, if anything: whether the fault is
    /// the second operand's, and the cause (`None` for the generic
    /// "operator not defined").
    fn comparison_problem(
        &self,
        op: BinaryOp,
        xv: &Expr,
        yv: &Expr,
    ) -> Option<(bool, Option<String>)> {
        if !self.operand_assignable(xv, yv.ty) && !self.operand_assignable(yv, xv.ty) {
            let (xs, ys) = (self.tt.display(xv.ty), self.tt.display(yv.ty));
            return Some((true, Some(format!("mismatched types {xs} and {ys}"))));
        }
        let (xt, yt) = (xv.ty, yv.ty);
        if matches!(op, BinaryOp::Eq | BinaryOp::Ne) {
            if xt == ids::UNTYPED_NIL || yt == ids::UNTYPED_NIL {
                let other = if xt == ids::UNTYPED_NIL { yt } else { xt };
                return (!self.has_nil(other)).then_some((true, None));
            }
            if !self.tt.comparable(xt) {
                return Some((false, self.incomparable_cause(xt)));
            }
            if !self.tt.comparable(yt) {
                return Some((true, self.incomparable_cause(yt)));
            }
            return None;
        }
        if !self.tt.pred(xt, Basic::is_ordered) {
            return Some((false, None));
        }
        if !self.tt.pred(yt, Basic::is_ordered) {
            return Some((true, None));
        }
        None
    }

    /// types2's `incomparableCause`: why values of type `t` cannot be
    /// compared, when there is more to say than the operator.
    pub(super) fn incomparable_cause(&self, t: TypeId) -> Option<String> {
        match self.tt.under(t) {
            Type::Slice(_) | Type::Map(..) | Type::Func { .. } => Some(format!(
                "{} can only be compared to nil",
                self.kind_or_type(t)
            )),
            Type::Struct(fs) => {
                let bad = fs.iter().find(|f| !self.tt.comparable(f.ty))?;
                let ft = self.tt.display(bad.ty);
                Some(format!("struct containing {ft} cannot be compared"))
            }
            Type::Array(_, e) if !self.tt.comparable(e) => {
                Some(format!("{} cannot be compared", self.tt.display(t)))
            }
            _ => None,
        }
    }

    /// types2's `compositeKind` (`slice`, `struct`, ...), or the type
    /// itself for a basic type.
    fn kind_or_type(&self, t: TypeId) -> String {
        let kind = match self.tt.under(t) {
            Type::Array(..) => "array",
            Type::Slice(_) => "slice",
            Type::Struct(_) => "struct",
            Type::Pointer(_) => "pointer",
            Type::Func { .. } => "func",
            Type::Interface(_) => "interface",
            Type::Map(..) => "map",
            Type::Chan(..) => "chan",
            Type::Tuple(_) => "tuple",
            _ => return self.tt.display(t),
        };
        kind.to_string()
    }

    /// An expression switch case `e` (value `v`) against the tag: `v`
    /// takes the tag's type, then must compare with it. `tag_s` is the
    /// tag as gc shows it (`true` in a tagless switch).
    pub(super) fn switch_case(
        &mut self,
        e: &ast::Expr,
        v: Expr,
        (tag_e, tag): Side,
        tag_s: &str,
    ) -> Option<Expr> {
        let v = self.convert_operand(e, v, tag.ty)?;
        if !self.comparison_ok(BinaryOp::Eq, (e, &v), (tag_e, tag), Some(tag_s)) {
            return None;
        }
        let is_iface = |t| self.tt.is_interface(t);
        Some(match (is_iface(v.ty), is_iface(tag.ty)) {
            _ if v.ty == ids::UNTYPED_NIL => Expr { ty: tag.ty, ..v },
            (false, true) => {
                let v = self.default_value(v);
                self.iface_of(v, tag.ty)
            }
            (false, false) if v.ty != tag.ty => {
                let span = v.span;
                mk(ExprKind::Convert(Box::new(v)), tag.ty, span)
            }
            _ => v,
        })
    }

    /// The tag of an expression switch must be comparable or have nil
    /// (gc: `cannot switch on s (variable of type S) (S is not comparable)`).
    pub(super) fn switch_tag_ok(&mut self, e: &ast::Expr, v: &Expr) -> bool {
        if self.tt.comparable(v.ty) || self.has_nil(v.ty) {
            return true;
        }
        let (d, t) = (self.describe(e, v), self.tt.display(v.ty));
        self.error(
            e.span,
            format!("cannot switch on {d} ({t} is not comparable)"),
        );
        false
    }
}
