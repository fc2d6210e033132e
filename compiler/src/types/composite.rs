//! This module implements composite literals: slices and arrays (with
//! constant index keys, `[...]T`, sparse keys kept sparse), structs
//! (positional or keyed), maps (with duplicate constant key checks), and
//! elided types in nested literals (`[]T{{...}}`, `[]*T{{...}}` meaning
//! `&T{...}`).

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
            (Some(t), _) => match self.literal_type(t, elts) {
                Some(t) => t,
                None => return Operand::Invalid,
            },
            (None, Some(t)) => t,
            (None, None) => {
                self.error(e.span, "missing type in composite literal");
                return Operand::Invalid;
            }
        };
        // `[]*T{{...}}`: an elided `&T`.
        if ty.is_none()
            && let Some(el) = self.tt.pointee(t)
        {
            return match self.composite(e, None, elts, Some(el)) {
                Operand::Value(v) => Operand::Value(mk(ExprKind::AddrOf(Box::new(v)), t, e.span)),
                other => other,
            };
        }
        match self.tt.under(t) {
            Type::Slice(elem) => match self.indexed_elements(elts, elem, None) {
                Some((elems, len)) => {
                    Operand::Value(mk(ExprKind::SliceLit { len, elems }, t, e.span))
                }
                None => Operand::Invalid,
            },
            Type::Array(n, elem) => match self.indexed_elements(elts, elem, Some(n)) {
                Some((vals, _)) => Operand::Value(mk(ExprKind::ArrayLit(vals), t, e.span)),
                None => Operand::Invalid,
            },
            Type::Struct(fields) => self.struct_literal(e, t, &fields, elts),
            Type::Map(k, v) => self.map_literal(e, t, k, v, elts),
            // A type whose declaration failed was reported already.
            Type::Basic(super::ty::Basic::Invalid) => Operand::Invalid,
            _ => {
                let s = self.tt.display(t);
                self.error(e.span, format!("invalid composite literal type {s}"));
                Operand::Invalid
            }
        }
    }

    /// The literal's type; `[...]T` takes its length from the elements.
    fn literal_type(&mut self, t: &ast::Expr, elts: &[ast::Element]) -> Option<TypeId> {
        if let ast::ExprKind::ArrayType { len, elem } = &t.kind
            && matches!(len.kind, ast::ExprKind::Ellipsis(None))
        {
            let elem_t = self.type_expr(elem)?;
            let n = self.literal_length(elts)?;
            return Some(self.tt.intern(Type::Array(n, elem_t)));
        }
        self.type_expr(t)
    }

    /// The length `[...]T{...}` gets: one more than the largest index.
    fn literal_length(&mut self, elts: &[ast::Element]) -> Option<u64> {
        let mut next = 0u64;
        let mut max = 0u64;
        for el in elts {
            if let Some(k) = &el.key {
                let saved = self.diags.len();
                next = self.literal_index(k).unwrap_or(next);
                self.diags.truncate(saved);
            }
            next += 1;
            max = max.max(next);
        }
        Some(max)
    }

    /// Elements of a slice or array literal as sparse (index, value)
    /// pairs in source order (their evaluation order), and the length
    /// they need (the largest index plus one); `len` bounds an array.
    fn indexed_elements(
        &mut self,
        elts: &[ast::Element],
        elem: TypeId,
        len: Option<u64>,
    ) -> Option<(Vec<(u64, Expr)>, u64)> {
        let mut vals: Vec<(u64, Expr)> = Vec::new();
        let mut seen = std::collections::HashSet::new();
        let mut next = 0u64;
        let mut ok = true;
        for el in elts {
            if let Some(k) = &el.key {
                match self.literal_index(k) {
                    Some(i) => {
                        if let Some(n) = len.filter(|n| i >= *n) {
                            self.error(
                                k.span,
                                format!("invalid argument: index {i} out of bounds [0:{n}]"),
                            );
                            ok = false;
                        }
                        next = i;
                    }
                    None => {
                        ok = false;
                        self.element(&el.value, elem);
                        continue;
                    }
                }
            } else if let Some(n) = len.filter(|n| next >= *n) {
                self.error(
                    el.value.span,
                    format!("index {next} is out of bounds (>= {n})"),
                );
                ok = false;
            }
            let v = self.element(&el.value, elem);
            if !seen.insert(next) {
                self.error(
                    el.key.as_ref().map_or(el.value.span, |k| k.span),
                    format!("duplicate index {next} in array or slice literal"),
                );
                ok = false;
            }
            match v {
                Some(v) => vals.push((next, v)),
                None => ok = false,
            }
            next += 1;
        }
        let need = vals.iter().map(|(i, _)| i + 1).max().unwrap_or(0);
        ok.then_some((vals, need))
    }

    /// An element value: a nested literal may elide its type.
    fn element(&mut self, v: &ast::Expr, elem: TypeId) -> Option<Expr> {
        self.elided_value(v, elem, "array or slice literal")
    }

    /// A value of an array, slice or map literal, whose nested literal may
    /// elide its type; `context` names the literal in messages.
    fn elided_value(&mut self, v: &ast::Expr, elem: TypeId, context: &str) -> Option<Expr> {
        let x = match &v.kind {
            ast::ExprKind::CompositeLit { ty: None, elts } => {
                let op = self.composite(v, None, elts, Some(elem));
                self.single(op, v)?
            }
            _ => self.value(v)?,
        };
        self.assign_to(x, elem, v, context)
    }

    /// A constant, non-negative index key.
    fn literal_index(&mut self, k: &ast::Expr) -> Option<u64> {
        let x = self.value(k)?;
        let s = crate::syntax::printer::expr_string(k);
        let Some(c) = super::decl::const_of(&x) else {
            self.error(k.span, format!("index {s} must be integer constant"));
            return None;
        };
        // An untyped constant index is converted to int, as go/types does.
        let x = if self.tt.is_untyped(x.ty) {
            use super::constant::Repr;
            match super::constant::representable(&c, super::ty::Basic::Int) {
                Ok(c) => Expr {
                    kind: ExprKind::Const(c),
                    ty: super::ty::ids::INT,
                    ..x
                },
                Err(why) => {
                    let d = self.describe(k, &x);
                    let msg = match why {
                        Repr::Overflow => format!("{d} overflows int"),
                        Repr::Truncated => format!("{d} truncated to int"),
                        Repr::Mismatch => format!("cannot convert {d} to type int"),
                    };
                    self.error(k.span, msg);
                    return None;
                }
            }
        } else {
            x
        };
        match super::decl::const_of(&x).and_then(|c| c.as_bigint()) {
            Some(v) if self.tt.pred(x.ty, super::ty::Basic::is_integer) => {
                use num_traits::{Signed, ToPrimitive};
                if v.is_negative() {
                    let d = self.describe(k, &x);
                    self.error(
                        k.span,
                        format!("invalid argument: index {d} must not be negative"),
                    );
                    return None;
                }
                match v.to_u64().filter(|v| *v < 1 << 50) {
                    Some(v) => Some(v),
                    None => {
                        self.error(k.span, format!("index {s} is too large"));
                        None
                    }
                }
            }
            _ => {
                self.error(k.span, format!("index {s} must be integer constant"));
                None
            }
        }
    }

    fn struct_literal(
        &mut self,
        e: &ast::Expr,
        t: TypeId,
        fields: &[super::ty::Field],
        elts: &[ast::Element],
    ) -> Operand {
        let keyed = elts.first().is_some_and(|el| el.key.is_some());
        let mut vals = Vec::new();
        let mut ok = true;
        if keyed {
            let mut seen = Vec::new();
            for el in elts {
                let Some(k) = &el.key else {
                    self.error(
                        el.value.span,
                        "mixture of field:value and value elements in struct literal",
                    );
                    ok = false;
                    continue;
                };
                let ast::ExprKind::Ident(name) = &k.kind else {
                    let s = crate::syntax::printer::expr_string(k);
                    self.error(k.span, format!("invalid field name {s} in struct literal"));
                    ok = false;
                    continue;
                };
                let Some(i) = fields.iter().position(|f| f.name == name.name) else {
                    let ts = self.tt.display(t);
                    self.error(
                        k.span,
                        format!("unknown field {} in struct literal of type {ts}", name.name),
                    );
                    self.value(&el.value);
                    ok = false;
                    continue;
                };
                if seen.contains(&i) {
                    self.error(
                        k.span,
                        format!("duplicate field name {} in struct literal", name.name),
                    );
                    ok = false;
                    continue;
                }
                seen.push(i);
                match self.field_value(&el.value, fields[i].ty) {
                    Some(v) => vals.push((i as u32, v)),
                    None => ok = false,
                }
            }
        } else {
            for (i, el) in elts.iter().enumerate() {
                if let Some(k) = &el.key {
                    self.error(
                        k.span,
                        "mixture of field:value and value elements in struct literal",
                    );
                    ok = false;
                    continue;
                }
                let Some(f) = fields.get(i) else {
                    let ts = self.tt.display(t);
                    self.error(
                        el.value.span,
                        format!("too many values in struct literal of type {ts}"),
                    );
                    ok = false;
                    break;
                };
                match self.field_value(&el.value, f.ty) {
                    Some(v) => vals.push((i as u32, v)),
                    None => ok = false,
                }
            }
            // Reported whatever else is wrong, as go/types does.
            if !elts.is_empty() && elts.len() < fields.len() {
                let ts = self.tt.display(t);
                let span = e.span;
                let end = crate::source::Span {
                    start: span.end.saturating_sub(1),
                    ..span
                };
                self.error(
                    end,
                    format!("too few values in struct literal of type {ts}"),
                );
                ok = false;
            }
        }
        if !ok {
            return Operand::Invalid;
        }
        Operand::Value(mk(ExprKind::StructLit(vals), t, e.span))
    }

    /// A struct field's value: its type may not be elided.
    fn field_value(&mut self, v: &ast::Expr, ft: TypeId) -> Option<Expr> {
        let x = self.value(v)?;
        self.assign_to(x, ft, v, "struct literal")
    }

    fn map_literal(
        &mut self,
        e: &ast::Expr,
        t: TypeId,
        k: TypeId,
        v: TypeId,
        elts: &[ast::Element],
    ) -> Operand {
        let mut pairs = Vec::new();
        let mut seen: Vec<(Const, TypeId)> = Vec::new();
        let mut ok = true;
        for el in elts {
            let Some(key) = &el.key else {
                self.error(el.value.span, "missing key in map literal");
                ok = false;
                continue;
            };
            let kx = self.elided_value(key, k, "map literal");
            let vx = self.elided_value(&el.value, v, "map literal");
            let (Some(kx), Some(vx)) = (kx, vx) else {
                ok = false;
                continue;
            };
            if let Some(c) = super::control::case_const(&kx) {
                if seen.contains(&c) {
                    let s = crate::syntax::printer::expr_string(key);
                    self.error(key.span, format!("duplicate key {s} in map literal"));
                    ok = false;
                    continue;
                }
                seen.push(c);
            }
            pairs.push((kx, vx));
        }
        if !ok {
            return Operand::Invalid;
        }
        Operand::Value(mk(ExprKind::MapLit(pairs), t, e.span))
    }
}
