//! This module implements lowering of expressions to operands: names,
//! constants, calls (including multi-value calls), indexing with bounds
//! checks, and slice literals for variadic arguments.

use super::Builder;
use crate::ir::{Callee, Operand, Place, Rvalue};
use crate::types::constant::Const;
use crate::types::ty::{Type, TypeId, ids};
use crate::types::typed::{Expr, ExprKind};

impl<'a> Builder<'a> {
    /// Lowers an expression with a single value.
    pub fn expr(&mut self, e: &Expr) -> Operand {
        let ty = self.norm(e.ty);
        match &e.kind {
            ExprKind::Const(c) => Operand::Const(c.clone(), ty),
            ExprKind::Zero => Operand::Zero(ty),
            ExprKind::Local(l) => Operand::Copy(Place::Local(crate::ir::Local(l.0))),
            ExprKind::Global(g) => Operand::Copy(Place::Global(g.0)),
            ExprKind::Func(f) => self.eval(ty, Rvalue::FuncAddr(f.0)),
            ExprKind::Call { .. } => {
                let mut vs = self.call_expr(e);
                if vs.is_empty() {
                    Operand::Zero(ids::INT)
                } else {
                    vs.swap_remove(0)
                }
            }
            ExprKind::Builtin {
                which,
                args,
                spread,
            } => self.builtin(which, args, *spread, ty),
            ExprKind::Unary { op, x } => {
                let x = self.expr(x);
                self.eval(ty, Rvalue::Unary(*op, x))
            }
            ExprKind::Binary { op, x, y } => self.binary(*op, x, y, ty),
            ExprKind::Convert(x) => self.convert(x, ty),
            ExprKind::ToIface(x) => self.iface_of(x, ty),
            ExprKind::Index { x, index } => {
                let addr = self.elem_addr(x, index);
                self.load(addr, ty)
            }
            ExprKind::SliceLit(elems) => self.slice_lit(elems, ty),
            ExprKind::TypeAssert {
                x,
                target,
                comma_ok,
            } => {
                let mut vs = self.type_assert(x, *target, *comma_ok);
                vs.swap_remove(0)
            }
        }
    }

    /// Lowers an expression yielding several values (a multi-value call or
    /// comma-ok form); a single-valued expression gives one operand.
    pub fn multi(&mut self, e: &Expr) -> Vec<Operand> {
        match &e.kind {
            ExprKind::Call { .. } => self.call_expr(e),
            ExprKind::TypeAssert {
                x,
                target,
                comma_ok,
            } => self.type_assert(x, *target, *comma_ok),
            _ => vec![self.expr(e)],
        }
    }

    /// A call; returns one operand per result.
    pub fn call_expr(&mut self, e: &Expr) -> Vec<Operand> {
        let ExprKind::Call {
            func,
            args,
            tuple_args,
        } = &e.kind
        else {
            unreachable!("call_expr on a call")
        };
        let mut ops = Vec::new();
        if *tuple_args {
            ops = self.tuple_call_args(&args[0], func.ty);
        } else {
            for a in args {
                ops.extend(self.multi(a));
            }
        }
        let callee = match &func.kind {
            ExprKind::Func(f) => Callee::Func(f.0),
            _ => Callee::Indirect(self.expr(func)),
        };
        let results: Vec<TypeId> = match self.tt.get(self.tt.underlying(func.ty)) {
            Type::Func { results, .. } => results.clone(),
            _ => Vec::new(),
        };
        let temps: Vec<_> = results.iter().map(|t| self.temp(*t)).collect();
        self.call(
            temps.iter().map(|l| Place::Local(*l)).collect(),
            callee,
            ops,
        );
        temps
            .into_iter()
            .map(|l| Operand::Copy(Place::Local(l)))
            .collect()
    }

    /// The address of `x[index]` for a string or slice, after the bounds
    /// check `0 <= index < len`.
    pub fn elem_addr(&mut self, x: &Expr, index: &Expr) -> Operand {
        let xt = self.norm(x.ty);
        let elem = match self.tt.get(self.tt.underlying(xt)) {
            Type::Slice(e) => *e,
            Type::Basic(_) => ids::UINT8,
            _ => {
                self.unsupported("indexing arrays");
                ids::UINT8
            }
        };
        let base = self.expr(x);
        let base = Operand::Copy(Place::Local(self.local_of(base, xt)));
        let i = self.expr(index);
        let i = self.index_int(i, self.norm(index.ty));
        let len = self.eval(ids::INT, Rvalue::Part(base.clone(), 1));
        let out = self.eval(
            ids::BOOL,
            Rvalue::Binary(
                crate::syntax::ast::BinaryOp::Ge,
                i.clone(),
                len.clone(),
                ids::UINT,
            ),
        );
        self.guard(out, "rgo_panic_index", vec![i.clone(), len]);
        let ptr = self.eval(ids::UINTPTR, Rvalue::Part(base, 0));
        let size = self.size_of(elem);
        self.eval(ids::UINTPTR, Rvalue::PtrAdd(ptr, i, size))
    }

    /// An index of any integer type as an `int`.
    pub fn index_int(&mut self, i: Operand, t: TypeId) -> Operand {
        if t == ids::INT {
            return i;
        }
        // A huge unsigned 64-bit index stays huge under the unsigned bounds
        // comparison, so reinterpreting it as int is safe.
        self.eval(ids::INT, Rvalue::Convert(i, ids::INT))
    }

    /// The arguments of `f(g())`: `g`'s results converted to `f`'s
    /// parameter types, the variadic tail packed into a slice.
    fn tuple_call_args(&mut self, call: &Expr, fty: TypeId) -> Vec<Operand> {
        let vals = self.call_expr(call);
        let Type::Tuple(types) = self.tt.get(call.ty).clone() else {
            return vals;
        };
        let Type::Func {
            params, variadic, ..
        } = self.tt.get(self.tt.underlying(fty)).clone()
        else {
            return vals;
        };
        let fixed = if variadic {
            params.len() - 1
        } else {
            params.len()
        };
        let mut out = Vec::new();
        let mut rest = Vec::new();
        for (i, (v, t)) in vals.into_iter().zip(types).enumerate() {
            let want = if i < fixed {
                params[i]
            } else {
                self.elem_of(params[fixed])
            };
            let v = if self.tt.is_interface(want) {
                self.box_value(v, t, want)
            } else {
                v
            };
            if i < fixed { out.push(v) } else { rest.push(v) }
        }
        if variadic {
            out.push(self.slice_from(rest, params[fixed]));
        }
        out
    }

    fn elem_of(&self, slice: TypeId) -> TypeId {
        match self.tt.get(self.tt.underlying(slice)) {
            Type::Slice(e) => *e,
            _ => slice,
        }
    }

    /// A fresh heap array holding `elems`, as a slice of type `ty`.
    fn slice_lit(&mut self, elems: &[Expr], ty: TypeId) -> Operand {
        let ops = elems.iter().map(|e| self.expr(e)).collect();
        self.slice_from(ops, ty)
    }

    fn slice_from(&mut self, elems: Vec<Operand>, ty: TypeId) -> Operand {
        let Type::Slice(elem) = *self.tt.get(self.tt.underlying(ty)) else {
            return Operand::Zero(ty);
        };
        let n = elems.len() as i128;
        if n == 0 {
            return Operand::Zero(ty);
        }
        let (size, align) = (self.size_of(elem), self.align_of(elem));
        let bytes = Operand::Const(Const::Int(n * size as i128), ids::INT);
        let ptr = self.rt(
            "rgo_alloc",
            ids::UINTPTR,
            vec![bytes, Operand::Const(Const::Int(align as i128), ids::INT)],
        );
        for (i, v) in elems.into_iter().enumerate() {
            let at = self.eval(
                ids::UINTPTR,
                Rvalue::PtrAdd(
                    ptr.clone(),
                    Operand::Const(Const::Int(i as i128), ids::INT),
                    size,
                ),
            );
            self.store(at, elem, v);
        }
        let len = Operand::Const(Const::Int(n), ids::INT);
        self.eval(ty, Rvalue::Make(ty, vec![ptr, len.clone(), len]))
    }
}
