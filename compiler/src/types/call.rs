//! This module implements calls: function calls (argument counts, a
//! multi-value call as the whole argument list, variadic packing and
//! `xs...` spreading), and conversions `T(x)`.

use super::check::Checker;
use super::constant::Const;
use super::expr::{Operand, mk};
use super::ty::{Basic, Type, TypeId, ids};
use super::typed::{Expr, ExprKind};
use crate::source::Span;
use crate::syntax::ast;

impl<'a> Checker<'a> {
    pub(super) fn call(
        &mut self,
        e: &ast::Expr,
        func: &ast::Expr,
        args: &[ast::Expr],
        ellipsis: Option<Span>,
    ) -> Operand {
        match self.operand(func) {
            Operand::Type(t) => self.conversion(e, t, args, ellipsis),
            Operand::Builtin(b) => self.builtin_call(e, b, args, ellipsis),
            Operand::Value(f) => self.func_call(e, func, f, args, ellipsis),
            Operand::Invalid => {
                args.iter().for_each(|a| {
                    self.operand(a);
                });
                Operand::Invalid
            }
            op => {
                self.single(op, func);
                Operand::Invalid
            }
        }
    }

    fn func_call(
        &mut self,
        e: &ast::Expr,
        fe: &ast::Expr,
        f: Expr,
        args: &[ast::Expr],
        ellipsis: Option<Span>,
    ) -> Operand {
        let Type::Func {
            params,
            results,
            variadic,
        } = self.tt.get(self.tt.underlying(f.ty)).clone()
        else {
            let d = self.describe(fe, &f);
            self.error(
                e.span,
                format!("invalid operation: cannot call non-function {d}"),
            );
            return Operand::Invalid;
        };
        let name = crate::syntax::printer::expr_string(fe);
        let (args, tuple_args) = match self.tuple_args(e, &name, &params, variadic, args) {
            Some(Some(x)) => (vec![x], true),
            Some(None) => return Operand::Invalid,
            None => match self.call_args(e, &name, &params, variadic, args, ellipsis) {
                Some(a) => (a, false),
                None => return Operand::Invalid,
            },
        };
        let kind = ExprKind::Call {
            func: Box::new(f),
            args,
            tuple_args,
        };
        match results.len() {
            0 => Operand::NoValue(mk(kind, self.tt.tuple(vec![]), e.span)),
            1 => Operand::Value(mk(kind, results[0], e.span)),
            _ => Operand::Tuple(mk(kind, self.tt.tuple(results), e.span)),
        }
    }

    /// Checks arguments against parameters. A variadic tail is packed into
    /// a slice literal unless spread with `...`.
    fn call_args(
        &mut self,
        e: &ast::Expr,
        name: &str,
        params: &[TypeId],
        variadic: bool,
        args: &[ast::Expr],
        ellipsis: Option<Span>,
    ) -> Option<Vec<Expr>> {
        if ellipsis.is_some() && !variadic {
            self.error(
                e.span,
                format!("have (...) but function is not variadic: {name}"),
            );
            return None;
        }
        let fixed = if variadic {
            params.len() - 1
        } else {
            params.len()
        };
        let too_few = args.len() < fixed || (ellipsis.is_some() && args.len() < params.len());
        let too_many = (!variadic || ellipsis.is_some()) && args.len() > params.len();
        if too_few || too_many {
            let have = self.arg_types(args);
            // gc points at the last argument (or the call) when arguments
            // are missing, and at the first extra one otherwise.
            let span = match (too_few, args.last()) {
                (true, Some(last)) => last.span,
                (true, None) => e.span,
                (false, _) => args[params.len()].span,
            };
            self.arg_count_error(span, too_few, name, &have, params, variadic);
            return None;
        }
        let mut out = Vec::new();
        let mut ok = true;
        for (i, a) in args.iter().enumerate().take(fixed) {
            match self
                .value(a)
                .and_then(|x| self.assign_to(x, params[i], a, &format!("argument to {name}")))
            {
                Some(x) => out.push(x),
                None => ok = false,
            }
        }
        if variadic {
            let slice_t = params[fixed];
            let rest = &args[fixed..];
            if ellipsis.is_some() {
                match self.value(&rest[0]).and_then(|x| {
                    self.assign_to(x, slice_t, &rest[0], &format!("argument to {name}"))
                }) {
                    Some(x) => out.push(x),
                    None => ok = false,
                }
            } else {
                let Type::Slice(elem) = *self.tt.get(slice_t) else {
                    return None;
                };
                let mut elems = Vec::new();
                for a in rest {
                    match self
                        .value(a)
                        .and_then(|x| self.assign_to(x, elem, a, &format!("argument to {name}")))
                    {
                        Some(x) => elems.push(x),
                        None => ok = false,
                    }
                }
                let span = rest
                    .first()
                    .map_or(e.span, |a| a.span.to(rest[rest.len() - 1].span));
                out.push(mk(ExprKind::dense_slice(elems), slice_t, span));
            }
        }
        ok.then_some(out)
    }

    /// `f(g())` where `g` returns several values: `None` when the
    /// argument list is not a single multi-value call, `Some(None)` after
    /// an error, else the call (its results must fit the parameters).
    fn tuple_args(
        &mut self,
        e: &ast::Expr,
        name: &str,
        params: &[TypeId],
        variadic: bool,
        args: &[ast::Expr],
    ) -> Option<Option<Expr>> {
        let [arg] = args else { return None };
        if !matches!(arg.kind, ast::ExprKind::Call { .. }) {
            return None;
        }
        let saved = self.diags.len();
        let Operand::Tuple(x) = self.operand(arg) else {
            self.diags.truncate(saved);
            return None;
        };
        let Type::Tuple(types) = self.tt.get(x.ty).clone() else {
            return Some(None);
        };
        let fixed = if variadic {
            params.len() - 1
        } else {
            params.len()
        };
        let count_ok = if variadic {
            types.len() >= fixed
        } else {
            types.len() == fixed
        };
        if !count_ok {
            let have = self.tt.display(x.ty);
            self.arg_count_error(arg.span, types.len() < fixed, name, &have, params, variadic);
            return Some(None);
        }
        for (i, t) in types.iter().enumerate() {
            let want = match (i < fixed, self.tt.get(params[params.len() - 1]).clone()) {
                (true, _) => params[i],
                (false, Type::Slice(elem)) => elem,
                _ => params[params.len() - 1],
            };
            if !matches!(
                self.assignable(*t, want),
                super::assign::Assignable::Same | super::assign::Assignable::Boxed
            ) {
                let (ts, ws) = (self.tt.display(*t), self.tt.display(want));
                self.error(
                    arg.span,
                    format!("cannot use {ts} value as {ws} value in argument to {name}"),
                );
                return Some(None);
            }
        }
        let _ = e;
        Some(Some(x))
    }

    /// gc's "not enough/too many arguments in call to f" with the have and
    /// want lists.
    fn arg_count_error(
        &mut self,
        span: Span,
        too_few: bool,
        name: &str,
        have: &str,
        params: &[TypeId],
        variadic: bool,
    ) {
        let want = self.tt.display_sig_params(params, variadic);
        let which = if too_few { "not enough" } else { "too many" };
        self.error(
            span,
            format!("{which} arguments in call to {name}\n\thave {have}\n\twant {want}"),
        );
    }

    fn arg_types(&mut self, args: &[ast::Expr]) -> String {
        self.types_summary(args).0
    }

    /// types2's `typesSummary` of the operands: `(number, string, T)`, an
    /// untyped numeric constant shown as `number` and other untyped values
    /// without "untyped"; also whether every operand was valid.
    pub(super) fn types_summary(&mut self, xs: &[ast::Expr]) -> (String, bool) {
        let mut parts = Vec::new();
        let mut valid = true;
        for x in xs {
            let t = match self.operand(x) {
                Operand::Value(v) if self.tt.is_untyped(v.ty) => untyped_summary(v.ty),
                Operand::Value(v) => self.tt.display(v.ty),
                _ => {
                    valid = false;
                    "invalid type".to_string()
                }
            };
            parts.push(t);
        }
        (format!("({})", parts.join(", ")), valid)
    }

    /// `T(x)`.
    fn conversion(
        &mut self,
        e: &ast::Expr,
        t: TypeId,
        args: &[ast::Expr],
        ellipsis: Option<Span>,
    ) -> Operand {
        let ts = self.tt.display(t);
        if args.len() != 1 || ellipsis.is_some() {
            let msg = if args.is_empty() {
                format!("missing argument in conversion to {ts}")
            } else {
                format!("too many arguments in conversion to {ts}")
            };
            self.error(e.span, msg);
            return Operand::Invalid;
        }
        let a = &args[0];
        let Some(x) = self.value(a) else {
            return Operand::Invalid;
        };
        if let Some(c) = super::decl::const_of(&x)
            && let Some(r) = self.const_conversion(&c, x.ty, t)
        {
            return match r {
                Ok(c) => Operand::Value(mk(ExprKind::Const(c), t, e.span)),
                Err(why) => {
                    use super::constant::Repr;
                    let d = self.describe(a, &x);
                    let int_target = self.tt.pred(t, Basic::is_integer);
                    let int_const = matches!(c, Const::Int(_));
                    let msg = match why {
                        Repr::Overflow if int_target && int_const => {
                            format!("constant {} overflows {ts}", c.display())
                        }
                        Repr::Truncated => format!("cannot convert {d} to type {ts} (truncated)"),
                        _ => format!("cannot convert {d} to type {ts}"),
                    };
                    self.error(a.span, msg);
                    Operand::Invalid
                }
            };
        }
        if self.tt.is_interface(t) {
            if !self.tt.is_untyped(x.ty)
                && let super::assign::Assignable::No(why) = self.assignable(x.ty, t)
            {
                let d = self.describe(a, &x);
                self.error(a.span, format!("cannot convert {d} to type {ts}{why}"));
                return Operand::Invalid;
            }
            return match self.assign_to(x, t, a, "conversion") {
                Some(x) => Operand::Value(Expr { span: e.span, ..x }),
                None => Operand::Invalid,
            };
        }
        let x = if x.ty == ids::UNTYPED_NIL {
            match self.implicit(x, t) {
                Ok(x) => return Operand::Value(Expr { span: e.span, ..x }),
                Err(x) => x,
            }
        } else if self.tt.is_untyped(x.ty)
            && super::decl::const_of(&x).is_none()
            && matches!(self.tt.under(t), Type::Basic(b) if b.is_numeric())
        {
            // A non-constant shift of an untyped constant takes the
            // conversion's type (`uint64(1 << n)`).
            self.push_untyped(x, t)
        } else {
            self.default_value(x)
        };
        if !self.convertible(x.ty, t) {
            let d = self.describe(a, &x);
            self.error(a.span, format!("cannot convert {d} to type {ts}"));
            return Operand::Invalid;
        }
        if x.ty == t {
            return Operand::Value(Expr { span: e.span, ..x });
        }
        Operand::Value(mk(ExprKind::Convert(Box::new(x)), t, e.span))
    }

    /// Converting a constant to a basic type stays constant. Returns
    /// `None` when the result is not a constant (e.g. to a slice type).
    fn const_conversion(
        &self,
        c: &Const,
        from: TypeId,
        to: TypeId,
    ) -> Option<Result<Const, super::constant::Repr>> {
        use super::constant::{Repr, representable};
        let tb = self.tt.basic(to)?;
        let fb = self.tt.basic(from)?;
        if tb == Basic::UnsafePointer || fb == Basic::UnsafePointer {
            return None;
        }
        match c {
            Const::Int(v) if tb.is_string() && fb.is_integer() => {
                use num_traits::ToPrimitive;
                let ch = v.to_u32().and_then(char::from_u32).unwrap_or('\u{FFFD}');
                Some(Ok(Const::Str(ch.to_string().into_bytes())))
            }
            c if c.is_numeric() && tb.is_numeric() => {
                if c.as_rat().is_none() && !tb.is_complex() {
                    return Some(Err(Repr::Mismatch));
                }
                Some(representable(c, tb))
            }
            Const::Str(_) if tb.is_string() => Some(Ok(c.clone())),
            Const::Bool(_) if tb.is_boolean() => Some(Ok(c.clone())),
            _ => Some(Err(Repr::Mismatch)),
        }
    }

    /// The non-constant conversion rules of the spec.
    pub(super) fn convertible(&self, from: TypeId, to: TypeId) -> bool {
        use super::assign::Assignable;
        if matches!(
            self.assignable(from, to),
            Assignable::Same | Assignable::Boxed
        ) {
            return true;
        }
        let (uf, ut) = (self.tt.underlying(from), self.tt.underlying(to));
        if self.identical_ignore_tags(uf, ut) {
            return true;
        }
        // Unnamed pointer types whose base types' underlying types agree.
        if let (Type::Pointer(a), Type::Pointer(b)) = (self.tt.get(from), self.tt.get(to))
            && self.identical_ignore_tags(self.tt.underlying(*a), self.tt.underlying(*b))
        {
            return true;
        }
        let (fb, tb) = (self.tt.basic(from), self.tt.basic(to));
        if let (Some(f), Some(t)) = (fb, tb) {
            let real = |b: Basic| b.is_integer() || b.is_float();
            if (real(f) && real(t)) || (f.is_complex() && t.is_complex()) {
                return true;
            }
            if f.is_integer() && t.is_string() {
                return true;
            }
        }
        let unsafe_ptr = |b: Option<Basic>| b == Some(Basic::UnsafePointer);
        let is_ptr = |u: TypeId| matches!(self.tt.get(u), Type::Pointer(_));
        if unsafe_ptr(fb) && (is_ptr(ut) || tb == Some(Basic::Uintptr)) {
            return true;
        }
        if unsafe_ptr(tb) && (is_ptr(uf) || fb == Some(Basic::Uintptr)) {
            return true;
        }
        if self.slice_to_array(uf, ut) {
            return true;
        }
        let byte_or_rune_slice = |u: TypeId| {
            matches!(self.tt.get(u), Type::Slice(e)
                if matches!(self.tt.basic(*e), Some(Basic::Uint8 | Basic::Int32)))
        };
        (tb.is_some_and(Basic::is_string) && byte_or_rune_slice(uf))
            || (fb.is_some_and(Basic::is_string) && byte_or_rune_slice(ut))
    }

    /// A slice converts to an array or an array pointer of its element type.
    fn slice_to_array(&self, uf: TypeId, ut: TypeId) -> bool {
        let Type::Slice(se) = self.tt.get(uf) else {
            return false;
        };
        let arr = match self.tt.get(ut) {
            Type::Pointer(p) => self.tt.underlying(*p),
            _ => ut,
        };
        matches!(self.tt.get(arr), Type::Array(_, ae) if ae == se)
    }

    /// Type identity, ignoring struct tags (for conversions).
    fn identical_ignore_tags(&self, a: TypeId, b: TypeId) -> bool {
        if a == b {
            return true;
        }
        match (self.tt.get(a), self.tt.get(b)) {
            (Type::Struct(fa), Type::Struct(fb)) => {
                fa.len() == fb.len()
                    && fa.iter().zip(fb).all(|(x, y)| {
                        x.name == y.name
                            && x.pkg == y.pkg
                            && x.embedded == y.embedded
                            && self.identical_ignore_tags(x.ty, y.ty)
                    })
            }
            (Type::Pointer(x), Type::Pointer(y)) | (Type::Slice(x), Type::Slice(y)) => {
                self.identical_ignore_tags(*x, *y)
            }
            (Type::Array(n, x), Type::Array(m, y)) => n == m && self.identical_ignore_tags(*x, *y),
            (Type::Map(k, v), Type::Map(k2, v2)) => {
                self.identical_ignore_tags(*k, *k2) && self.identical_ignore_tags(*v, *v2)
            }
            (Type::Chan(d, x), Type::Chan(d2, y)) => d == d2 && self.identical_ignore_tags(*x, *y),
            (
                Type::Func {
                    params: p,
                    results: r,
                    variadic: v,
                },
                Type::Func {
                    params: p2,
                    results: r2,
                    variadic: v2,
                },
            ) => {
                v == v2
                    && self.all_identical_ignore_tags(p, p2)
                    && self.all_identical_ignore_tags(r, r2)
            }
            _ => false,
        }
    }

    fn all_identical_ignore_tags(&self, a: &[TypeId], b: &[TypeId]) -> bool {
        a.len() == b.len()
            && a.iter()
                .zip(b)
                .all(|(x, y)| self.identical_ignore_tags(*x, *y))
    }
}

/// An untyped type as `typesSummary` shows it: `number` for the numeric
/// kinds, else the kind without "untyped" (`string`, `bool`, `nil`).
fn untyped_summary(t: TypeId) -> String {
    match t {
        ids::UNTYPED_NIL => "nil",
        ids::UNTYPED_STRING => "string",
        ids::UNTYPED_BOOL => "bool",
        _ => "number",
    }
    .to_string()
}
