//! This module implements the numeric builtins: min and max (folded when
//! all operands are constant) and complex, real and imag.

use super::check::Checker;
use super::constant::Const;
use super::expr::{Operand, mk};
use super::ty::{Basic, TypeId, ids};
use super::typed::Builtin;
use super::typed::{Expr, ExprKind};
use crate::syntax::ast;

impl<'a> Checker<'a> {
    pub(super) fn min_max(&mut self, e: &ast::Expr, kind: Builtin, args: &[ast::Expr]) -> Operand {
        let name = if kind == Builtin::Min { "min" } else { "max" };
        if args.is_empty() {
            self.error(
                e.span,
                format!(
                    "invalid operation: not enough arguments for {name}() (expected 1, found 0)"
                ),
            );
            return Operand::Invalid;
        }
        let mut vals = Vec::new();
        for a in args {
            match self.value(a) {
                Some(v) => vals.push((a, v)),
                None => return Operand::Invalid,
            }
        }
        // All operands take one type, as with a chain of binary operators.
        let typed = vals
            .iter()
            .find(|(_, v)| !self.tt.is_untyped(v.ty))
            .map(|(_, v)| v.ty);
        let mut out = Vec::new();
        for (a, v) in vals {
            let v = match typed {
                Some(t) => {
                    match self.assign_to(v.clone(), t, a, &format!("argument to built-in {name}")) {
                        Some(v) if v.ty == t => v,
                        _ => {
                            let (xs, ts) = (self.tt.display(v.ty), self.tt.display(t));
                            let _ = xs;
                            let _ = ts;
                            return Operand::Invalid;
                        }
                    }
                }
                None => v,
            };
            if !self.tt.pred(v.ty, Basic::is_ordered) {
                let d = self.describe(a, &v);
                self.error(a.span, format!("invalid argument: {d} cannot be ordered"));
                return Operand::Invalid;
            }
            out.push(v);
        }
        // Constants fold; untyped ones take the larger kind.
        if out.iter().all(|v| super::decl::const_of(v).is_some()) {
            let mut best = out[0].clone();
            for v in &out[1..] {
                let (a, b) = (
                    super::decl::const_of(&best).unwrap(),
                    super::decl::const_of(v).unwrap(),
                );
                let op = if kind == Builtin::Min {
                    ast::BinaryOp::Lt
                } else {
                    ast::BinaryOp::Gt
                };
                let k = self.tt.basic(v.ty).unwrap_or(Basic::Int);
                if b.binary(op, &a, k).ok().and_then(|c| c.as_bool()) == Some(true) {
                    best = v.clone();
                }
            }
            let rank = |t: TypeId| match t {
                ids::UNTYPED_INT => 1,
                ids::UNTYPED_RUNE => 2,
                ids::UNTYPED_FLOAT => 3,
                _ => 0,
            };
            let ty = out
                .iter()
                .map(|v| v.ty)
                .max_by_key(|t| rank(*t))
                .unwrap_or(best.ty);
            let c = super::decl::const_of(&best).unwrap();
            return Operand::Value(mk(ExprKind::Const(c), ty, e.span));
        }
        let out: Vec<Expr> = out.into_iter().map(|v| self.default_value(v)).collect();
        let ty = out[0].ty;
        self.builtin(kind, out, ty, e.span)
    }

    pub(super) fn complex_call(&mut self, e: &ast::Expr, args: &[ast::Expr]) -> Operand {
        if !self.arity(e, args, 2) {
            return Operand::Invalid;
        }
        let (Some(re), Some(im)) = (self.value(&args[0]), self.value(&args[1])) else {
            return Operand::Invalid;
        };
        let (re, im) = match (self.tt.is_untyped(re.ty), self.tt.is_untyped(im.ty)) {
            (true, false) => {
                let t = im.ty;
                (
                    self.convert_untyped(re, t, &args[0]).unwrap_or_else(|x| x),
                    im,
                )
            }
            (false, true) => {
                let t = re.ty;
                (
                    re,
                    self.convert_untyped(im, t, &args[1]).unwrap_or_else(|x| x),
                )
            }
            _ => (re, im),
        };
        if let (Some(a), Some(b)) = (super::decl::const_of(&re), super::decl::const_of(&im))
            && self.tt.is_untyped(re.ty)
        {
            let (Some(a), Some(b)) = (a.as_rat(), b.as_rat()) else {
                self.error(
                    e.span,
                    "invalid operation: complex arguments must be numeric",
                );
                return Operand::Invalid;
            };
            return Operand::Value(mk(
                ExprKind::Const(Const::Complex(a, b)),
                ids::UNTYPED_COMPLEX,
                e.span,
            ));
        }
        if re.ty != im.ty {
            let s = crate::syntax::printer::expr_string(e);
            let (a, b) = (self.tt.display(re.ty), self.tt.display(im.ty));
            self.error(
                e.span,
                format!("invalid operation: {s} (mismatched types {a} and {b})"),
            );
            return Operand::Invalid;
        }
        let t = match self.tt.basic(re.ty) {
            Some(Basic::Float32) => ids::COMPLEX64,
            Some(Basic::Float64) => ids::COMPLEX128,
            _ => {
                let d = self.describe(&args[0], &re);
                self.error(
                    args[0].span,
                    format!(
                        "invalid argument: arguments have type {}, expected floating-point",
                        {
                            let _ = d;
                            self.tt.display(re.ty)
                        }
                    ),
                );
                return Operand::Invalid;
            }
        };
        if let (Some(a), Some(b)) = (super::decl::const_of(&re), super::decl::const_of(&im)) {
            let c = Const::Complex(
                a.as_rat().unwrap_or_default(),
                b.as_rat().unwrap_or_default(),
            );
            return self.typed_const(c, t, e);
        }
        self.builtin(Builtin::Complex, vec![re, im], t, e.span)
    }

    pub(super) fn real_imag(
        &mut self,
        e: &ast::Expr,
        kind: Builtin,
        args: &[ast::Expr],
    ) -> Operand {
        if !self.arity(e, args, 1) {
            return Operand::Invalid;
        }
        let Some(x) = self.value(&args[0]) else {
            return Operand::Invalid;
        };
        if let Some(c) = super::decl::const_of(&x)
            && self.tt.is_untyped(x.ty)
            && c.is_numeric()
        {
            let (re, im) = match c {
                Const::Complex(re, im) => (re, im),
                c => (c.as_rat().unwrap_or_default(), Default::default()),
            };
            let v = if kind == Builtin::Real { re } else { im };
            return Operand::Value(mk(
                ExprKind::Const(Const::Float(v)),
                ids::UNTYPED_FLOAT,
                e.span,
            ));
        }
        let t = match self.tt.basic(x.ty) {
            Some(Basic::Complex64) => ids::FLOAT32,
            Some(Basic::Complex128) => ids::FLOAT64,
            _ => {
                let d = self.describe(&args[0], &x);
                let name = if kind == Builtin::Real {
                    "real"
                } else {
                    "imag"
                };
                self.error(
                    args[0].span,
                    format!("invalid argument: {d} must be of complex type for {name}"),
                );
                let _ = name;
                return Operand::Invalid;
            }
        };
        if let Some(Const::Complex(re, im)) = super::decl::const_of(&x) {
            let v = if kind == Builtin::Real { re } else { im };
            return self.typed_const(Const::Float(v), t, e);
        }
        self.builtin(kind, vec![x], t, e.span)
    }
}
