//! This module implements index and slice expressions: `x[i]` on strings,
//! slices, arrays and pointers to arrays (with constant-index checks
//! against known lengths), `m[k]` on maps, and `x[lo:hi:max]` with gc's
//! diagnostics for constant bounds.

use super::check::Checker;
use super::constant::Const;
use super::expr::{Operand, mk};
use super::ty::{Basic, Type, TypeId, ids};
use super::typed::{Expr, ExprKind};
use crate::syntax::ast;

impl<'a> Checker<'a> {
    pub(super) fn index(&mut self, e: &ast::Expr, x: &ast::Expr, indices: &[ast::Expr]) -> Operand {
        let op = self.operand(x);
        let xv = match op {
            Operand::Type(_) => return self.unsupported_expr(e, "generic instantiation"),
            op => match self.single(op, x) {
                Some(v) => v,
                None => {
                    indices.iter().for_each(|i| {
                        self.operand(i);
                    });
                    return Operand::Invalid;
                }
            },
        };
        if indices.len() != 1 {
            self.unsupported(e.span, "generic instantiation");
            return Operand::Invalid;
        }
        if let Type::Map(k, v) = self.tt.under(xv.ty) {
            return self.map_index(e, xv, &indices[0], k, v);
        }
        let xv = self.auto_deref_array(xv);
        let elem = match self.tt.under(xv.ty) {
            Type::Basic(b) if b.is_string() => ids::UINT8,
            Type::Slice(el) | Type::Array(_, el) => el,
            _ => {
                let d = self.describe(x, &xv);
                self.error(e.span, format!("invalid operation: cannot index {d}"));
                return Operand::Invalid;
            }
        };
        let Some(i) = self.index_value(&indices[0], self.const_len(&xv), false) else {
            return Operand::Invalid;
        };
        // Indexing a constant string with a constant index is not constant.
        let xv = self.default_value(xv);
        let kind = ExprKind::Index {
            x: Box::new(xv),
            index: Box::new(i),
        };
        Operand::Value(mk(kind, elem, e.span))
    }

    /// A pointer to an array is indexed and sliced through: `p[i]` is
    /// `(*p)[i]`.
    pub(super) fn auto_deref_array(&mut self, xv: Expr) -> Expr {
        match self.tt.pointee(xv.ty) {
            Some(el) if matches!(self.tt.under(el), Type::Array(..)) => {
                let span = xv.span;
                mk(ExprKind::Deref(Box::new(xv)), el, span)
            }
            _ => xv,
        }
    }

    fn map_index(
        &mut self,
        e: &ast::Expr,
        m: Expr,
        key: &ast::Expr,
        k: TypeId,
        v: TypeId,
    ) -> Operand {
        let Some(kv) = self.value(key) else {
            return Operand::Invalid;
        };
        let Some(kv) = self.assign_to(kv, k, key, "map index") else {
            return Operand::Invalid;
        };
        let kind = ExprKind::MapIndex {
            m: Box::new(m),
            key: Box::new(kv),
            comma_ok: false,
        };
        Operand::Value(mk(kind, v, e.span))
    }

    /// The length of a constant string or an array, known at compile time.
    pub(super) fn const_len(&self, x: &Expr) -> Option<i128> {
        match (&x.kind, self.tt.get(self.tt.underlying(x.ty))) {
            (ExprKind::Const(Const::Str(s)), _) => Some(s.len() as i128),
            (_, Type::Array(n, _)) => Some(*n as i128),
            _ => None,
        }
    }

    /// Checks an index: an integer value; a constant must be non-negative
    /// and, when the length is known, in range (`<= len` for `slice`).
    pub(super) fn index_value(
        &mut self,
        e: &ast::Expr,
        len: Option<i128>,
        slice: bool,
    ) -> Option<Expr> {
        let i = self.value(e)?;
        let s = crate::syntax::printer::expr_string(e);
        if let Some(c) = super::decl::const_of(&i)
            && c.is_numeric()
            && self.tt.is_untyped(i.ty)
            && c.as_bigint().is_none()
        {
            let d = self.describe(e, &i);
            self.error(e.span, format!("{d} truncated to int"));
            return None;
        }
        let is_int = self.tt.pred(i.ty, Basic::is_integer)
            || (self.tt.is_untyped(i.ty)
                && super::decl::const_of(&i).is_some_and(|c| c.is_numeric()));
        if !is_int {
            let d = self.describe(e, &i);
            let msg = if self.tt.is_untyped(i.ty) && super::decl::const_of(&i).is_some() {
                format!("cannot convert {d} to type int")
            } else {
                format!("invalid argument: index {d} must be integer")
            };
            self.error(e.span, msg);
            return None;
        }
        if let Some(v) = super::decl::const_of(&i).and_then(|c| c.as_bigint()) {
            use num_traits::{Signed, ToPrimitive};
            if v.is_negative() {
                let d = self
                    .describe(e, &i)
                    .replace("untyped int constant", "constant of type int");
                let d = if self.tt.is_untyped(i.ty) {
                    format!("{s} (constant of type int)")
                } else {
                    d
                };
                self.error(
                    e.span,
                    format!("invalid argument: index {d} must not be negative"),
                );
                return None;
            }
            let limit = len.map(|n| if slice { n + 1 } else { n });
            if let Some(n) = limit.filter(|n| v.to_i128().is_none_or(|v| v >= *n)) {
                self.error(
                    e.span,
                    format!("invalid argument: index {v} out of bounds [0:{n}]"),
                );
                return None;
            }
        }
        Some(self.convert_untyped(i, ids::INT, e).unwrap_or_else(|x| x))
    }

    pub(super) fn slice_expr(
        &mut self,
        e: &ast::Expr,
        x: &ast::Expr,
        bounds: [&Option<Box<ast::Expr>>; 3],
        three: bool,
    ) -> Operand {
        let Some(xv) = self.value(x) else {
            return Operand::Invalid;
        };
        let xv = self.auto_deref_array(xv);
        let under = self.tt.under(xv.ty);
        let result = match &under {
            Type::Basic(b) if b.is_string() => {
                if three {
                    // gc reports it at the max index.
                    let at = bounds[2].as_ref().map_or(e.span, |m| m.span);
                    self.error(at, "invalid operation: 3-index slice of string");
                    return Operand::Invalid;
                }
                // Slicing an untyped string constant gives a string.
                if self.tt.is_untyped(xv.ty) {
                    ids::STRING
                } else {
                    xv.ty
                }
            }
            Type::Slice(_) => xv.ty,
            Type::Array(_, el) => {
                if !self.addressable(&xv) {
                    let d = self.describe(x, &xv);
                    self.error(
                        e.span,
                        format!("invalid operation: {d} (slice of unaddressable value)"),
                    );
                    return Operand::Invalid;
                }
                self.tt.slice(*el)
            }
            _ => {
                let d = self.describe(x, &xv);
                self.error(e.span, format!("invalid operation: cannot slice {d}"));
                return Operand::Invalid;
            }
        };
        let len = self.const_len(&xv);
        let mut vals: [Option<Box<Expr>>; 3] = [None, None, None];
        let mut consts: Vec<(i128, &ast::Expr)> = Vec::new();
        for (k, b) in bounds.iter().enumerate() {
            let Some(b) = b else { continue };
            let v = self.index_value(b, len, true);
            let Some(v) = v else {
                return Operand::Invalid;
            };
            if let Some(c) = super::decl::const_of(&v).and_then(|c| c.as_int()) {
                consts.push((c, b));
            }
            vals[k] = Some(Box::new(v));
        }
        for w in consts.windows(2) {
            if w[0].0 > w[1].0 {
                self.error(
                    w[1].1.span,
                    format!("invalid slice indices: {} < {}", w[1].0, w[0].0),
                );
                return Operand::Invalid;
            }
        }
        let xv = self.default_value(xv);
        let [lo, hi, max] = vals;
        let kind = ExprKind::SliceExpr {
            x: Box::new(xv),
            lo,
            hi,
            max,
        };
        Operand::Value(mk(kind, result, e.span))
    }
}
