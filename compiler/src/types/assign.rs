//! This module implements assignability: giving untyped operands their
//! final type (with representability checks), the assignability rules of
//! the spec (identical types, identical underlying types, interfaces,
//! nil), implicit boxing into interfaces, the right-hand sides of
//! multi-value assignments, and gc's operand descriptions for messages.

use super::check::Checker;
use super::constant::Const;
use super::ty::{Basic, Type, TypeId, ids};
use super::typed::{Expr, ExprKind};
use crate::source::Span;
use crate::syntax::ast;

/// Checked right-hand sides: one expression per value, or a single call
/// that yields all values (then `exprs` has one element).
pub(super) struct Rhs {
    pub exprs: Vec<Expr>,
    pub types: Vec<TypeId>,
}

impl<'a> Checker<'a> {
    /// gc's description of an operand: `x (variable of type int)`,
    /// `1 (untyped int constant)`, `c (constant 1 of type int)`,
    /// `f() (value of type string)`.
    pub fn describe(&self, e: &ast::Expr, x: &Expr) -> String {
        let s = crate::syntax::printer::expr_string(e);
        let t = self.tt.display(x.ty);
        if let (Some(call), true) = (&self.tuple_call, s.starts_with(".r")) {
            return format!("{call} (value of type {t})");
        }
        match &x.kind {
            ExprKind::Zero if x.ty == ids::UNTYPED_NIL => "nil".to_string(),
            ExprKind::Const(c) if self.tt.is_untyped(x.ty) => {
                if s == c.display() {
                    format!("{s} ({t} constant)")
                } else {
                    format!("{s} ({t} constant {})", c.display())
                }
            }
            ExprKind::Const(c) if s == c.display() => format!("{s} (constant of type {t})"),
            ExprKind::Const(c) => format!("{s} (constant {} of type {t})", c.display()),
            ExprKind::Local(_) | ExprKind::Global(_) => format!("{s} (variable of type {t})"),
            ExprKind::MapIndex { .. } => format!("{s} (map index expression of type {t})"),
            _ if self.tt.is_untyped(x.ty) => format!("{s} ({t} value)"),
            _ => format!("{s} (value of type {t})"),
        }
    }

    /// Gives an untyped operand type `target` without reporting; `Err`
    /// returns the operand unchanged.
    // The large `Err` hands the caller its operand back; failures are rare.
    #[allow(clippy::result_large_err)]
    pub fn implicit(&mut self, x: Expr, target: TypeId) -> Result<Expr, Expr> {
        if !self.tt.is_untyped(x.ty) || target == ids::INVALID || self.tt.is_untyped(target) {
            return Ok(x);
        }
        if self.tt.is_interface(target) && x.ty != ids::UNTYPED_NIL {
            let x = self.default_value(x);
            return Ok(self.iface_of(x, target));
        }
        match self.untyped_fits(&x, target) {
            Ok(c) => Ok(self.retype(x, target, c)),
            Err(_) => Err(x),
        }
    }

    /// Gives an untyped operand type `target`. On failure the error is
    /// reported and the operand is returned unchanged in `Err`.
    #[allow(clippy::result_large_err)] // as for `implicit`
    pub fn convert_untyped(
        &mut self,
        x: Expr,
        target: TypeId,
        e: &ast::Expr,
    ) -> Result<Expr, Expr> {
        if !self.tt.is_untyped(x.ty) || target == ids::INVALID {
            return Ok(x);
        }
        if self.tt.is_untyped(target) {
            return Ok(Expr { ty: target, ..x });
        }
        if self.tt.is_interface(target) && x.ty != ids::UNTYPED_NIL {
            let x = self.default_value(x);
            return Ok(self.iface_of(x, target));
        }
        match self.untyped_fits(&x, target) {
            Ok(c) => Ok(self.retype(x, target, c)),
            Err(why) => {
                let d = self.describe(e, &x);
                let t = self.tt.display(target);
                let msg = match why {
                    Fit::Overflow | Fit::Truncated if super::decl::const_of(&x).is_some() => {
                        let what = if why == Fit::Overflow {
                            "overflows"
                        } else {
                            "truncated"
                        };
                        format!("cannot use {d} as {t} value in assignment ({what})")
                    }
                    _ => format!("cannot convert {d} to type {t}"),
                };
                self.error(e.span, msg);
                Err(x)
            }
        }
    }

    /// Whether untyped operand `x` can take type `target`; for a constant,
    /// returns it converted (rounded) to the target.
    pub(super) fn untyped_fits(&self, x: &Expr, target: TypeId) -> Result<Option<Const>, Fit> {
        let under = self.tt.get(self.tt.underlying(target));
        if x.ty == ids::UNTYPED_NIL {
            return match under {
                Type::Pointer(_)
                | Type::Slice(_)
                | Type::Func { .. }
                | Type::Interface(_)
                | Type::Map(..)
                | Type::Chan(..) => Ok(None),
                Type::Basic(Basic::UnsafePointer) => Ok(None),
                _ => Err(Fit::Mismatch),
            };
        }
        let Type::Basic(b) = under else {
            return Err(Fit::Mismatch);
        };
        let src = self.tt.basic(x.ty).unwrap_or(Basic::Invalid);
        let kind_ok = if src.is_boolean() {
            b.is_boolean()
        } else if src.is_string() {
            b.is_string()
        } else {
            b.is_numeric()
        };
        if !kind_ok {
            return Err(Fit::Mismatch);
        }
        let ExprKind::Const(c) = &x.kind else {
            // A non-constant untyped value (a comparison, a shift) fits
            // any type of its kind.
            return Ok(None);
        };
        // As go/types words it: a float or complex value that does not
        // fit an integer type is truncated, anything else overflows.
        match super::constant::representable(c, *b) {
            Ok(c) => Ok(Some(c)),
            Err(super::constant::Repr::Mismatch) => Err(Fit::Mismatch),
            Err(_) if !src.is_integer() && b.is_integer() => Err(Fit::Truncated),
            Err(_) => Err(Fit::Overflow),
        }
    }

    /// `x` (untyped) given type `target`, its constant converted.
    pub(super) fn retype(&mut self, x: Expr, target: TypeId, c: Option<Const>) -> Expr {
        match c {
            Some(c) => Expr {
                kind: ExprKind::Const(c),
                ty: target,
                ..x
            },
            None => self.push_untyped(x, target),
        }
    }

    /// Converts an untyped operand to its default type (`int` for an
    /// untyped integer constant); typed operands are unchanged.
    pub fn default_value(&mut self, x: Expr) -> Expr {
        self.default_value_in(x, "", None)
    }

    /// `default_value` where a constant that does not fit is reported
    /// with gc's message for `context` (" in assignment", or empty),
    /// showing `e` (else the source text).
    pub fn default_value_in(&mut self, x: Expr, context: &str, e: Option<&ast::Expr>) -> Expr {
        if !self.tt.is_untyped(x.ty) || x.ty == ids::UNTYPED_NIL {
            return x;
        }
        let ty = self.tt.default_type(x.ty);
        if let (ExprKind::Const(c), Some(b)) = (&x.kind, self.tt.basic(ty)) {
            let c = match super::constant::representable(c, b) {
                Ok(c) => c,
                Err(_) => {
                    let d = self.describe_untyped_const(&x, c, e);
                    let t = self.tt.display(ty);
                    let msg = format!("cannot use {d} as {t} value{context} (overflows)");
                    self.error(x.span, msg);
                    c.clone()
                }
            };
            return Expr {
                kind: ExprKind::Const(c),
                ty,
                ..x
            };
        }
        self.push_untyped(x, ty)
    }

    /// An untyped constant operand as gc describes it, from its source.
    fn describe_untyped_const(
        &self,
        x: &Expr,
        c: &super::constant::Const,
        e: Option<&ast::Expr>,
    ) -> String {
        let k = self.tt.display(x.ty);
        let v = c.display();
        let printed = e.map(crate::syntax::printer::expr_string);
        let text = printed.as_deref().or_else(|| {
            self.sources
                .file(x.span.file)
                .text
                .get(x.span.start as usize..x.span.end as usize)
                .filter(|s| !s.is_empty())
        });
        match text {
            Some(s) if s == v => format!("{s} ({k} constant)"),
            Some(s) => format!("{s} ({k} constant {v})"),
            None => format!("{v} ({k} constant)"),
        }
    }

    pub(super) fn iface_of(&mut self, x: Expr, target: TypeId) -> Expr {
        let span = x.span;
        Expr {
            kind: ExprKind::ToIface(Box::new(x)),
            ty: target,
            span,
        }
    }

    /// Checks that `x` (checked from `e`) can be assigned to a variable of
    /// type `target`, converting it as needed. `context` completes gc's
    /// message: "cannot use x (...) as T value in <context>".
    pub fn assign_to(
        &mut self,
        x: Expr,
        target: TypeId,
        e: &ast::Expr,
        context: &str,
    ) -> Option<Expr> {
        if target == ids::INVALID || x.ty == ids::INVALID {
            return None;
        }
        if self.tt.is_untyped(x.ty) {
            let converted = match self.untyped_fits(&x, target) {
                Ok(c) => Ok(self.retype(x, target, c)),
                Err(_) if self.tt.is_interface(target) && x.ty != ids::UNTYPED_NIL => Ok(x),
                Err(why) => Err((why, x)),
            };
            return match converted {
                Ok(x) if self.tt.is_untyped(x.ty) => {
                    let x = self.default_value_in(x, &format!(" in {context}"), Some(e));
                    Some(self.iface_of(x, target))
                }
                Ok(x) => Some(x),
                Err((why, x)) => {
                    let d = self.describe(e, &x);
                    let t = self.tt.display(target);
                    let suffix = match why {
                        Fit::Overflow => " (overflows)",
                        Fit::Truncated => " (truncated)",
                        Fit::Mismatch => "",
                    };
                    self.error(
                        e.span,
                        format!("cannot use {d} as {t} value in {context}{suffix}"),
                    );
                    None
                }
            };
        }
        match self.assignable(x.ty, target) {
            Assignable::Same => Some(x),
            Assignable::Boxed => Some(self.iface_of(x, target)),
            Assignable::No(reason) => {
                let d = self.describe(e, &x);
                let t = self.tt.display(target);
                self.error(
                    e.span,
                    format!("cannot use {d} as {t} value in {context}{reason}"),
                );
                None
            }
        }
    }

    pub(super) fn assignable(&self, from: TypeId, to: TypeId) -> Assignable {
        if from == to {
            return Assignable::Same;
        }
        let (uf, ut) = (self.tt.underlying(from), self.tt.underlying(to));
        let named = |t| self.tt.is_named(t) || matches!(self.tt.get(t), Type::Basic(_));
        if uf == ut && (!named(from) || !named(to)) && !self.tt.is_interface(to) {
            return Assignable::Same;
        }
        // A bidirectional channel converts to a directional one of the same
        // element type.
        if let (Type::Chan(super::ty::ChanDir::Both, ef), Type::Chan(_, et)) =
            (self.tt.get(uf), self.tt.get(ut))
            && ef == et
            && (!named(from) || !named(to))
        {
            return Assignable::Same;
        }
        if self.tt.is_interface(to) {
            return match self.tt.missing_method(from, to) {
                None if self.tt.is_interface(from)
                    && self.tt.underlying(from) == self.tt.underlying(to) =>
                {
                    Assignable::Same
                }
                None => Assignable::Boxed,
                Some((m, why)) => {
                    let reason = self.missing_reason(from, to, &m, &why);
                    Assignable::No(format!(": {reason}"))
                }
            };
        }
        // The hint only when the target type implements the interface.
        if self.tt.is_interface(from)
            && !self.tt.is_interface(to)
            && self.tt.missing_method(to, from).is_none()
        {
            return Assignable::No(": need type assertion".into());
        }
        Assignable::No(String::new())
    }

    /// gc's explanation of why `t` does not implement `iface`:
    /// `T does not implement I (missing method M)` and its variants.
    pub(super) fn missing_reason(
        &self,
        t: TypeId,
        iface: TypeId,
        m: &str,
        why: &super::lookup::Missing,
    ) -> String {
        use super::lookup::Missing;
        let (ts, is) = (self.tt.display(t), self.tt.display(iface));
        let want = match self.tt.get(self.tt.underlying(iface)) {
            Type::Interface(ms) => ms.iter().find(|x| x.name == m).map(|x| x.sig),
            _ => None,
        };
        let sig = |name: &str, s: TypeId| {
            let full = self.tt.display(s);
            format!("{name}{}", full.strip_prefix("func").unwrap_or(&full))
        };
        let detail = match why {
            Missing::NotFound if self.tt.pointee(t).is_some_and(|b| self.tt.is_interface(b)) => {
                format!("type {ts} is pointer to interface, not interface")
            }
            Missing::NotFound => format!("missing method {m}"),
            Missing::PointerReceiver => format!("method {m} has pointer receiver"),
            Missing::WrongType { have } => format!(
                "wrong type for method {m})\n\t\thave {}\n\t\twant {}",
                sig(m, *have),
                want.map(|w| sig(m, w)).unwrap_or_default()
            ),
            Missing::WrongName { have, sig: hs } => format!(
                "missing method {m})\n\t\thave {}\n\t\twant {}",
                sig(have, *hs),
                want.map(|w| sig(m, w)).unwrap_or_default()
            ),
        };
        if detail.contains('\n') {
            // The closing parenthesis is already after the method name.
            return format!("{ts} does not implement {is} ({detail}");
        }
        format!("{ts} does not implement {is} ({detail})")
    }

    /// Checks the right side of an assignment or declaration of `n`
    /// variables, each of type `declared` if given.
    pub(super) fn assign_rhs(
        &mut self,
        n: usize,
        values: &[ast::Expr],
        declared: Option<TypeId>,
        context: &str,
        span: Span,
    ) -> Option<Rhs> {
        self.assign_rhs_each(&vec![declared; n], values, context, context, span)
    }

    /// Checks the right side of an assignment to variables of the given
    /// types (`None`: a new variable taking the value's default type, or
    /// `_`). Accepts one value per variable, or one call returning them
    /// all; reports "assignment mismatch" otherwise. `default_ctx` names
    /// the assignment to a target without a type in messages.
    pub(super) fn assign_rhs_each(
        &mut self,
        targets: &[Option<TypeId>],
        values: &[ast::Expr],
        context: &str,
        default_ctx: &str,
        span: Span,
    ) -> Option<Rhs> {
        let n = targets.len();
        if values.len() == 1 && n > 1 {
            return self.tuple_rhs(targets, &values[0], span);
        }
        if values.len() != n {
            let msg = mismatch(n, values.len(), None);
            self.error(values.first().map_or(span, |v| v.span), msg);
            values.iter().for_each(|v| {
                self.operand(v);
            });
            return None;
        }
        let mut rhs = Rhs {
            exprs: Vec::new(),
            types: Vec::new(),
        };
        let mut ok = true;
        // `x := f()` and `x = f()` with a multi-value f is an assignment
        // mismatch; a one-name var declaration is a single-value context.
        let single_call = n == 1 && context != "variable declaration" && is_call(&values[0]);
        for (v, target) in values.iter().zip(targets) {
            let op = self.operand(v);
            if let (true, super::expr::Operand::Tuple(x)) = (single_call, &op) {
                let k = match self.tt.get(x.ty) {
                    Type::Tuple(ts) => ts.len(),
                    _ => 0,
                };
                self.error(v.span, mismatch(1, k, callee_name(v).as_deref()));
                return None;
            }
            let Some(x) = self.single(op, v) else {
                ok = false;
                continue;
            };
            let x = match target {
                Some(t) => self.assign_to(x, *t, v, context),
                None => self.untyped_default_checked(x, v, default_ctx),
            };
            match x {
                Some(x) => {
                    rhs.types.push(x.ty);
                    rhs.exprs.push(x);
                }
                None => ok = false,
            }
        }
        ok.then_some(rhs)
    }

    /// The default-typed value for `:=` and `var x = v`; `nil` has none.
    pub(super) fn untyped_default_checked(
        &mut self,
        x: Expr,
        e: &ast::Expr,
        context: &str,
    ) -> Option<Expr> {
        if x.ty == ids::UNTYPED_NIL {
            self.error(e.span, "use of untyped nil in assignment");
            return None;
        }
        Some(self.default_value_in(x, &format!(" in {context}"), Some(e)))
    }

    fn tuple_rhs(&mut self, targets: &[Option<TypeId>], v: &ast::Expr, span: Span) -> Option<Rhs> {
        let n = targets.len();
        let inner = super::expr::strip_parens(v);
        let op = match (&inner.kind, n) {
            (ast::ExprKind::TypeAssert { x, ty: Some(t) }, 2) => self.comma_ok_assert(v, x, t),
            (ast::ExprKind::Index { .. }, 2) => match self.operand(inner) {
                super::expr::Operand::Value(Expr {
                    kind: ExprKind::MapIndex { m, key, .. },
                    ty,
                    span,
                }) => {
                    let tuple = self.tt.tuple(vec![ty, ids::UNTYPED_BOOL]);
                    let kind = ExprKind::MapIndex {
                        m,
                        key,
                        comma_ok: true,
                    };
                    super::expr::Operand::Tuple(super::expr::mk(kind, tuple, span))
                }
                other => other,
            },
            _ => self.operand(v),
        };
        let x = match op {
            super::expr::Operand::Tuple(x) => x,
            super::expr::Operand::Invalid => return None,
            other => {
                let got = if matches!(other, super::expr::Operand::NoValue(_)) {
                    0
                } else {
                    1
                };
                let f = callee_name(v);
                let _ = span;
                self.error(v.span, mismatch(n, got, f.as_deref()));
                return None;
            }
        };
        let Type::Tuple(types) = self.tt.get(x.ty).clone() else {
            return None;
        };
        if types.len() != n {
            self.error(v.span, mismatch(n, types.len(), callee_name(v).as_deref()));
            return None;
        }
        for (u, t) in types.iter().zip(targets) {
            let Some(t) = *t else { continue };
            let untyped_bool_ok = *u == ids::UNTYPED_BOOL && self.tt.pred(t, Basic::is_boolean);
            if !untyped_bool_ok
                && !matches!(self.assignable(*u, t), Assignable::Same | Assignable::Boxed)
            {
                let (us, ts) = (self.tt.display(*u), self.tt.display(t));
                let s = crate::syntax::printer::expr_string(v);
                let msg = if *u == ids::UNTYPED_BOOL {
                    format!("cannot use {s} (untyped bool value) as {ts} value in assignment")
                } else {
                    format!("cannot use {us} value as {ts} value in assignment")
                };
                self.error(v.span, msg);
                return None;
            }
        }
        let types = types.iter().map(|t| self.tt.default_type(*t)).collect();
        Some(Rhs {
            exprs: vec![x],
            types,
        })
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Fit {
    Overflow,
    Truncated,
    Mismatch,
}

pub(super) enum Assignable {
    Same,
    Boxed,
    No(String),
}

fn is_call(v: &ast::Expr) -> bool {
    match &v.kind {
        ast::ExprKind::Call { .. } => true,
        ast::ExprKind::Paren(x) => is_call(x),
        _ => false,
    }
}

/// The called function's name, for "f returns 2 values".
fn callee_name(v: &ast::Expr) -> Option<String> {
    match &v.kind {
        ast::ExprKind::Call { func, .. } => Some(crate::syntax::printer::expr_string(func)),
        _ => None,
    }
}

/// gc's "assignment mismatch" message.
pub(super) fn mismatch(vars: usize, vals: usize, call: Option<&str>) -> String {
    let plural = |n: usize, w: &str| {
        if n == 1 {
            format!("{n} {w}")
        } else {
            format!("{n} {w}s")
        }
    };
    match call {
        Some(f) => format!(
            "assignment mismatch: {} but {f} returns {}",
            plural(vars, "variable"),
            plural(vals, "value")
        ),
        None => format!(
            "assignment mismatch: {} but {}",
            plural(vars, "variable"),
            plural(vals, "value")
        ),
    }
}
