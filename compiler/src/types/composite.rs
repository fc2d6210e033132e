//! This module implements composite literals. Slice literals are
//! supported, with positional elements, constant index keys, and elided
//! element types in nested literals; array, struct and map literals are
//! reported as not supported yet.

use super::check::Checker;
use super::constant::Const;
use super::expr::{Operand, mk};
use super::ty::{Type, TypeId};
use super::typed::{Expr, ExprKind};
use crate::syntax::ast;

impl<'a> Checker<'a> {
    /// `T{...}`; `outer` is the element type for an elided `{...}`.
    pub(super) fn composite(
        &mut self,
        e: &ast::Expr,
        ty: Option<&ast::Expr>,
        elts: &[ast::Element],
        outer: Option<TypeId>,
    ) -> Operand {
        let t = match (ty, outer) {
            (Some(t), _) => match self.type_expr(t) {
                Some(t) => t,
                None => return Operand::Invalid,
            },
            (None, Some(t)) => t,
            (None, None) => {
                self.error(e.span, "invalid composite literal type: missing type");
                return Operand::Invalid;
            }
        };
        match self.tt.get(self.tt.underlying(t)).clone() {
            Type::Slice(elem) => self.slice_literal(e, t, elem, elts),
            Type::Array(..) => self.unsupported_expr(e, "array literals"),
            _ => {
                let s = self.tt.display(t);
                self.unsupported(e.span, &format!("composite literals of type {s}"));
                Operand::Invalid
            }
        }
    }

    fn slice_literal(
        &mut self,
        e: &ast::Expr,
        t: TypeId,
        elem: TypeId,
        elts: &[ast::Element],
    ) -> Operand {
        let mut slots: Vec<Option<Expr>> = Vec::new();
        let mut next = 0usize;
        let mut ok = true;
        for el in elts {
            if let Some(k) = &el.key {
                match self.literal_index(k) {
                    Some(i) => next = i,
                    None => {
                        ok = false;
                        continue;
                    }
                }
            }
            let v = self.element(&el.value, elem);
            if slots.len() <= next {
                slots.resize(next + 1, None);
            }
            if slots[next].is_some() {
                self.error(
                    el.value.span,
                    format!("duplicate index {next} in array or slice literal"),
                );
                ok = false;
            }
            match v {
                Some(v) => slots[next] = Some(v),
                None => ok = false,
            }
            next += 1;
        }
        if !ok {
            return Operand::Invalid;
        }
        let span = e.span;
        let values = slots
            .into_iter()
            .map(|v| v.unwrap_or_else(|| mk(ExprKind::Zero, elem, span)))
            .collect();
        Operand::Value(mk(ExprKind::SliceLit(values), t, e.span))
    }

    /// An element value: a nested literal may elide its type.
    fn element(&mut self, v: &ast::Expr, elem: TypeId) -> Option<Expr> {
        let x = match &v.kind {
            ast::ExprKind::CompositeLit { ty: None, elts } => {
                let op = self.composite(v, None, elts, Some(elem));
                self.single(op, v)?
            }
            _ => self.value(v)?,
        };
        self.assign_to(x, elem, v, "slice literal")
    }

    /// A constant, non-negative index key.
    fn literal_index(&mut self, k: &ast::Expr) -> Option<usize> {
        let x = self.value(k)?;
        match super::decl::const_of(&x) {
            Some(Const::Int(v))
                if (0..(1 << 40)).contains(&v) && self.tt.pred(x.ty, |b| b.is_integer()) =>
            {
                Some(v as usize)
            }
            Some(Const::Int(v)) if v < 0 => {
                let s = crate::syntax::printer::expr_string(k);
                self.error(
                    k.span,
                    format!("index {s} must be non-negative integer constant"),
                );
                None
            }
            _ => {
                let s = crate::syntax::printer::expr_string(k);
                self.error(k.span, format!("index {s} must be integer constant"));
                None
            }
        }
    }
}
