//! This module implements lowering of interface operations. An interface
//! value is (type descriptor, data pointer); the descriptor of the
//! dynamic type is compared by address, since each type has exactly one
//! descriptor in a program. Boxing copies a value to the heap unless the
//! value is pointer-shaped.

use super::Builder;
use crate::ir::{Local, Operand, Place, Rvalue, Terminator};
use crate::syntax::ast::BinaryOp;
use crate::types::constant::Const;
use crate::types::ty::{Type, TypeId, ids};
use crate::types::typed::{Expr, TargetId, TypeCase};

impl<'a> Builder<'a> {
    fn pointer_shaped(&self, t: TypeId) -> bool {
        matches!(
            self.tt.get(self.tt.underlying(t)),
            Type::Pointer(_) | Type::Func { .. }
        )
    }

    fn empty_iface(&self, t: TypeId) -> bool {
        matches!(self.tt.get(self.tt.underlying(t)), Type::Interface(ms) if ms.is_empty())
    }

    pub fn iface_of(&mut self, x: &Expr, ty: TypeId) -> Operand {
        let xt = self.norm(x.ty);
        let v = self.expr(x);
        self.box_value(v, xt, ty)
    }

    /// Boxes value `v` of type `xt` into interface type `ty`.
    pub fn box_value(&mut self, v: Operand, xt: TypeId, ty: TypeId) -> Operand {
        if self.tt.is_interface(xt) {
            return v;
        }
        let desc = self.eval(ids::UINTPTR, Rvalue::TypeDesc(xt));
        let data = if self.pointer_shaped(xt) {
            v
        } else {
            let (size, align) = (self.size_of(xt), self.align_of(xt));
            let args = vec![
                Operand::Const(Const::Int(size as i128), ids::INT),
                Operand::Const(Const::Int(align as i128), ids::INT),
            ];
            let p = self.rt("rgo_alloc", ids::UINTPTR, args);
            self.store(p.clone(), xt, v);
            p
        };
        self.eval(ty, Rvalue::Make(ty, vec![desc, data]))
    }

    /// The dynamic value of type `t` held by interface `v`.
    fn unbox(&mut self, v: &Operand, t: TypeId) -> Operand {
        let data = self.eval(ids::UINTPTR, Rvalue::Part(v.clone(), 1));
        if self.pointer_shaped(t) {
            return self.eval(t, Rvalue::Use(data));
        }
        self.load(data, t)
    }

    /// Whether interface `v` holds dynamic type `t` (`None`: is nil).
    fn holds(&mut self, v: &Operand, t: Option<TypeId>) -> Operand {
        let tw = self.eval(ids::UINTPTR, Rvalue::Part(v.clone(), 0));
        match t {
            None => self.eval(
                ids::BOOL,
                Rvalue::Binary(BinaryOp::Eq, tw, Operand::Zero(ids::UINTPTR), ids::UINTPTR),
            ),
            Some(t) if self.tt.is_interface(t) => {
                if !self.empty_iface(t) {
                    self.unsupported("type tests against interfaces with methods");
                }
                self.eval(
                    ids::BOOL,
                    Rvalue::Binary(BinaryOp::Ne, tw, Operand::Zero(ids::UINTPTR), ids::UINTPTR),
                )
            }
            Some(t) => {
                let d = self.eval(ids::UINTPTR, Rvalue::TypeDesc(t));
                self.eval(ids::BOOL, Rvalue::Binary(BinaryOp::Eq, tw, d, ids::UINTPTR))
            }
        }
    }

    pub fn type_assert(&mut self, x: &Expr, target: TypeId, comma_ok: bool) -> Vec<Operand> {
        let xt = self.norm(x.ty);
        let v = self.expr(x);
        let v = self.snapshot(v, xt);
        let ok = self.holds(&v, Some(target));
        if !comma_ok {
            let fail = self.eval(
                ids::BOOL,
                Rvalue::Binary(
                    BinaryOp::Eq,
                    ok,
                    Operand::Const(Const::Bool(false), ids::BOOL),
                    ids::BOOL,
                ),
            );
            let have = self.eval(ids::UINTPTR, Rvalue::Part(v.clone(), 0));
            let want = self.eval(ids::UINTPTR, Rvalue::TypeDesc(target));
            let iface = self.eval(ids::UINTPTR, Rvalue::TypeDesc(xt));
            self.guard(fail, "rgo_panic_type_assert", vec![have, want, iface]);
            return vec![self.assert_value(&v, target)];
        }
        let out = self.temp(target);
        self.assign(Place::Local(out), Rvalue::Use(Operand::Zero(target)));
        let (yes, done) = self.branch(ok.clone());
        self.switch_to(yes);
        let val = self.assert_value(&v, target);
        self.assign(Place::Local(out), Rvalue::Use(val));
        self.terminate(Terminator::Goto(done));
        self.switch_to(done);
        vec![Operand::Copy(Place::Local(out)), ok]
    }

    fn assert_value(&mut self, v: &Operand, target: TypeId) -> Operand {
        if self.tt.is_interface(target) {
            v.clone()
        } else {
            self.unbox(v, target)
        }
    }

    pub fn type_switch(&mut self, target: TargetId, x: &Expr, cases: &[TypeCase]) {
        let xt = self.norm(x.ty);
        let v = self.expr(x);
        let v = self.snapshot(v, xt);
        let exit = self.new_block();
        self.targets.insert(target, (exit, None));
        let bodies: Vec<_> = cases.iter().map(|_| self.new_block()).collect();
        for (ci, c) in cases.iter().enumerate() {
            for t in &c.types {
                let hit = self.holds(&v, *t);
                let next = self.new_block();
                self.terminate(Terminator::Branch(hit, bodies[ci], next));
                self.switch_to(next);
            }
        }
        let default = cases.iter().position(|c| c.types.is_empty());
        self.terminate(Terminator::Goto(default.map_or(exit, |d| bodies[d])));
        for (ci, c) in cases.iter().enumerate() {
            self.switch_to(bodies[ci]);
            if let Some(b) = c.bind {
                let bt = self.local_ty(Local(b.0));
                let val = match c.types.as_slice() {
                    [Some(t)] if !self.tt.is_interface(*t) => self.unbox(&v, bt),
                    _ => v.clone(),
                };
                self.assign(Place::Local(Local(b.0)), Rvalue::Use(val));
            }
            self.block(&c.body);
            self.terminate(Terminator::Goto(exit));
        }
        self.switch_to(exit);
    }

    /// `==`/`!=` on interfaces: nil tests compare the type word; other
    /// comparisons go through the runtime, which compares dynamic values.
    pub fn iface_compare(&mut self, op: BinaryOp, x: &Expr, y: &Expr) -> Operand {
        let a = self.expr(x);
        let b = self.expr(y);
        let parts = |s: &mut Self, v: &Operand| {
            (0..2)
                .map(|i| s.eval(ids::UINTPTR, Rvalue::Part(v.clone(), i)))
                .collect::<Vec<_>>()
        };
        let mut args = parts(self, &a);
        args.extend(parts(self, &b));
        let eq = self.rt("rgo_iface_eq", ids::BOOL, args);
        if op == BinaryOp::Eq {
            eq
        } else {
            self.eval(
                ids::BOOL,
                Rvalue::Binary(
                    BinaryOp::Eq,
                    eq,
                    Operand::Const(Const::Bool(false), ids::BOOL),
                    ids::BOOL,
                ),
            )
        }
    }
}
