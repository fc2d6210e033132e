//! This module implements the functions of package unsafe: Sizeof,
//! Alignof and Offsetof (constants, folded here), and Add, Slice,
//! SliceData, String and StringData.

use super::check::Checker;
use super::constant::Const;
use super::expr::{Operand, mk};
use super::scope::BuiltinName;
use super::ty::{Basic, Type, ids};
use super::typed::Builtin;
use super::typed::{Expr, ExprKind};
use crate::syntax::ast;

impl<'a> Checker<'a> {
    /// unsafe.Sizeof, Alignof, Offsetof: constants of type uintptr.
    pub(super) fn unsafe_const(
        &mut self,
        e: &ast::Expr,
        b: BuiltinName,
        args: &[ast::Expr],
    ) -> Operand {
        if !self.arity(e, args, 1) {
            return Operand::Invalid;
        }
        let v = if b == BuiltinName::Offsetof {
            match self.offsetof(&args[0]) {
                Some(v) => v,
                None => return Operand::Invalid,
            }
        } else {
            let Some(x) = self.value(&args[0]) else {
                return Operand::Invalid;
            };
            let x = self.default_value(x);
            let sa = self.tt.size_align(x.ty);
            if b == BuiltinName::Sizeof {
                sa.size
            } else {
                sa.align
            }
        };
        Operand::Value(mk(ExprKind::Const(Const::int(v)), ids::UINTPTR, e.span))
    }

    /// The offset of field selector `x.f` within the struct `x` denotes
    /// (not through an embedded pointer).
    fn offsetof(&mut self, a: &ast::Expr) -> Option<u64> {
        let inner = super::expr::strip_parens(a);
        let ast::ExprKind::Selector { x, sel } = &inner.kind else {
            let s = crate::syntax::printer::expr_string(a);
            self.error(
                a.span,
                format!("invalid argument: {s} is not a selector expression"),
            );
            return None;
        };
        let xv = self.value(x)?;
        let pkg = self.name_pkg(&sel.name);
        let s = match self.tt.lookup(xv.ty, &sel.name, &pkg) {
            Ok(s) => s,
            Err(_) => {
                let t = self.tt.display(xv.ty);
                self.error(
                    a.span,
                    format!("invalid argument: {t} has no single field {}", sel.name),
                );
                return None;
            }
        };
        let super::lookup::Found::Field { index, .. } = s.found else {
            let s = crate::syntax::printer::expr_string(a);
            self.error(a.span, format!("invalid argument: {s} is a method value"));
            return None;
        };
        // Offsets accumulate along the embedded path (no pointers).
        let mut t = self.tt.pointee(xv.ty).unwrap_or(xv.ty);
        let mut off = 0u64;
        let mut steps = s.path.clone();
        steps.push(index);
        for (n, i) in steps.iter().enumerate() {
            let Type::Struct(fields) = self.tt.under(t) else {
                return None;
            };
            off += self.tt.field_offsets(t)[*i as usize];
            t = fields[*i as usize].ty;
            if n + 1 < steps.len() && self.tt.pointee(t).is_some() {
                let s = crate::syntax::printer::expr_string(a);
                self.error(
                    a.span,
                    format!(
                        "invalid argument: field {} is embedded via a pointer in {s}",
                        sel.name
                    ),
                );
                return None;
            }
        }
        Some(off)
    }

    pub(super) fn unsafe_call(
        &mut self,
        e: &ast::Expr,
        kind: Builtin,
        args: &[ast::Expr],
    ) -> Operand {
        let n = match kind {
            Builtin::UnsafeSliceData | Builtin::UnsafeStringData => 1,
            _ => 2,
        };
        if !self.arity(e, args, n) {
            return Operand::Invalid;
        }
        let Some(mut x) = self.value(&args[0]) else {
            return Operand::Invalid;
        };
        let second = if n == 2 {
            match self.size_arg(&args[1], "unsafe") {
                Some(v) => Some(v),
                None => return Operand::Invalid,
            }
        } else {
            None
        };
        let bad = |s: &mut Self, x: &Expr, what: &str| {
            let d = s.describe(&args[0], x);
            s.error(args[0].span, format!("invalid argument: {d} is not {what}"));
            Operand::Invalid
        };
        let ty = match kind {
            Builtin::UnsafeAdd => {
                if !self.tt.pred(x.ty, |b| b == Basic::UnsafePointer) {
                    match self.convert_untyped(x.clone(), ids::UNSAFE_POINTER, &args[0]) {
                        Ok(v) => x = v,
                        Err(_) => return Operand::Invalid,
                    }
                }
                ids::UNSAFE_POINTER
            }
            Builtin::UnsafeSlice => match self.tt.pointee(x.ty) {
                Some(el) => self.tt.slice(el),
                None => return bad(self, &x, "a pointer"),
            },
            Builtin::UnsafeString => {
                let byte_ptr = self.tt.pointer(ids::UINT8);
                if x.ty == ids::UNTYPED_NIL {
                    x = Expr { ty: byte_ptr, ..x };
                }
                if self.tt.pointee(x.ty) != Some(ids::UINT8) {
                    return bad(self, &x, "a *byte");
                }
                ids::STRING
            }
            Builtin::UnsafeSliceData => match self.tt.under(x.ty) {
                Type::Slice(el) => self.tt.pointer(el),
                _ => return bad(self, &x, "a slice"),
            },
            _ => {
                if !self.tt.pred(x.ty, Basic::is_string) {
                    return bad(self, &x, "a string");
                }
                self.tt.pointer(ids::UINT8)
            }
        };
        let x = self.default_value(x);
        let mut out = vec![x];
        out.extend(second);
        self.builtin(kind, out, ty, e.span)
    }
}
