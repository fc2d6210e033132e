//! This module implements lowering of expressions to operands: names,
//! constants, reads of places, calls of every kind (declared functions,
//! methods, interface methods, func values, multi-value calls as argument
//! lists), and the dispatch to the other files for the rest.

use super::Builder;
use crate::ir::{Callee, Operand, Place, Rvalue};
use crate::types::ty::{Type, TypeId, ids};
use crate::types::typed::{Expr, ExprKind, LocalId};

impl<'a, 'm> Builder<'a, 'm> {
    /// Lowers an expression with a single value.
    pub fn expr(&mut self, e: &Expr) -> Operand {
        let ty = self.norm(e.ty);
        match &e.kind {
            ExprKind::Const(c) => Operand::Const(c.clone(), ty),
            ExprKind::Zero => Operand::Zero(ty),
            ExprKind::Local(_) | ExprKind::Global(_) => {
                let p = self.place(e);
                self.read(p, ty)
            }
            ExprKind::Func(f) => self.func_value(f.0, ty),
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
            ExprKind::Unary { op, x } => self.unary(*op, x, ty),
            ExprKind::Binary { op, x, y } => self.binary(*op, x, y, ty),
            ExprKind::Convert(x) => self.convert(x, ty),
            ExprKind::ToIface(x) => self.iface_of(x, ty),
            ExprKind::Index { x, index } if self.tt.pred(x.ty, |b| b.is_string()) => {
                let addr = self.elem_addr(x, index);
                self.load(addr, ids::UINT8)
            }
            ExprKind::Index { .. } | ExprKind::Field { .. } | ExprKind::Deref(_) => {
                let p = self.place(e);
                self.read(p, ty)
            }
            ExprKind::MapIndex { m, key, comma_ok } => {
                let mut vs = self.map_index(m, key, *comma_ok, ty);
                vs.swap_remove(0)
            }
            ExprKind::SliceExpr { x, lo, hi, max } => {
                self.slice_expr(x, lo.as_deref(), hi.as_deref(), max.as_deref(), ty)
            }
            ExprKind::SliceLit { len, elems } => self.slice_lit(*len, elems, ty),
            ExprKind::ArrayLit(elems) => self.array_lit(elems, ty),
            ExprKind::StructLit(fields) => self.struct_lit(fields, ty),
            ExprKind::MapLit(pairs) => self.map_lit(pairs, ty),
            ExprKind::AddrOf(x) => self.address_of(x, ty),
            ExprKind::Method { recv, func } => self.method_value(recv, func.0, ty),
            ExprKind::IfaceMethod { x, index } => self.iface_method_value(x, *index, ty),
            ExprKind::MethodExpr { recv, name, func } => {
                self.method_expr(*recv, name, func.map(|f| f.0), ty)
            }
            ExprKind::Closure(f) => self.closure(f.0, ty),
            ExprKind::Let {
                locals,
                value,
                body,
            } => {
                self.bind_results(locals, value);
                self.expr(body)
            }
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

    /// Reads a place: an SSA value is copied into a temporary now (later
    /// stores do not change it); a memory-only value is referred to in
    /// place, and its consumer copies it.
    pub fn read(&mut self, p: Place, ty: TypeId) -> Operand {
        if matches!(p, Place::Local(_)) || !crate::ir::layout::is_ssa(self.tt, ty) {
            return Operand::Copy(p);
        }
        self.snapshot(Operand::Copy(p), ty)
    }

    /// `&x`: a fresh heap variable for a composite literal, else the
    /// address of the (boxed or memory) place.
    fn address_of(&mut self, x: &Expr, ty: TypeId) -> Operand {
        let is_literal = matches!(
            x.kind,
            ExprKind::StructLit(_)
                | ExprKind::ArrayLit(_)
                | ExprKind::SliceLit { .. }
                | ExprKind::MapLit(_)
        );
        if is_literal {
            let t = self.norm(x.ty);
            let p = self.eval(ty, Rvalue::New(t));
            let v = self.expr(x);
            let place = self.mem(p.clone(), t);
            self.assign(place, Rvalue::Use(v));
            return p;
        }
        let p = self.place(x);
        self.eval(ty, Rvalue::AddrOf(p))
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
            ExprKind::MapIndex {
                m,
                key,
                comma_ok: true,
            } => {
                let vt = self.tuple_first(e.ty);
                self.map_index(m, key, true, vt)
            }
            ExprKind::Let {
                locals,
                value,
                body,
            } => {
                self.bind_results(locals, value);
                self.multi(body)
            }
            _ => vec![self.expr(e)],
        }
    }

    /// Stores the results of multi-value `value` in `locals`.
    pub fn bind_results(&mut self, locals: &[LocalId], value: &Expr) {
        let vs = self.multi(value);
        for (l, v) in locals.iter().zip(vs) {
            let p = self.var(*l);
            self.assign(p, Rvalue::Use(v));
        }
    }

    fn tuple_first(&self, t: TypeId) -> TypeId {
        match self.tt.get(t) {
            Type::Tuple(ts) => ts[0],
            _ => t,
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
        let (callee, mut ops) = self.callee(func);
        if *tuple_args {
            ops.extend(self.tuple_call_args(&args[0], func.ty));
        } else {
            for a in args {
                let v = self.expr(a);
                let t = self.norm(a.ty);
                // Arguments are evaluated left to right before the call.
                let v = match v {
                    Operand::Copy(Place::Local(_)) | Operand::Const(..) | Operand::Zero(_) => v,
                    v if crate::ir::layout::is_ssa(self.tt, t) => self.snapshot(v, t),
                    v => v,
                };
                ops.push(v);
            }
        }
        let results: Vec<TypeId> = match self.tt.under(func.ty) {
            Type::Func { results, .. } => results,
            _ => Vec::new(),
        };
        let temps: Vec<_> = results.iter().map(|t| self.temp(*t)).collect();
        self.emit(crate::ir::Inst::Pos(e.span));
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

    /// What a call calls, and the leading arguments (a receiver).
    fn callee(&mut self, func: &Expr) -> (Callee, Vec<Operand>) {
        match &func.kind {
            ExprKind::Func(f) => (Callee::Func(f.0), Vec::new()),
            ExprKind::Method { recv, func } => {
                let r = self.expr(recv);
                let rt = self.norm(recv.ty);
                let r = if crate::ir::layout::is_ssa(self.tt, rt) {
                    self.snapshot(r, rt)
                } else {
                    r
                };
                (Callee::Func(func.0), vec![r])
            }
            ExprKind::IfaceMethod { x, index } => self.iface_callee(x, *index, func.ty),
            _ => {
                let f = self.expr(func);
                let ft = self.norm(func.ty);
                let f = self.nil_checked(f, ft);
                (Callee::Closure(Operand::Copy(Place::Local(f))), Vec::new())
            }
        }
    }

    /// The arguments of `f(g())`: `g`'s results converted to `f`'s
    /// parameter types, the variadic tail packed into a slice.
    pub fn tuple_call_args(&mut self, call: &Expr, fty: TypeId) -> Vec<Operand> {
        let vals = self.multi(call);
        let Type::Tuple(types) = self.tt.get(call.ty).clone() else {
            return vals;
        };
        let Type::Func {
            params, variadic, ..
        } = self.tt.under(fty)
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

    pub fn elem_of(&self, slice: TypeId) -> TypeId {
        match self.tt.under(slice) {
            Type::Slice(e) => e,
            _ => slice,
        }
    }
}
