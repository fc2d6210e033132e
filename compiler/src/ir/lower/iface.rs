//! This module implements lowering of interface operations. An interface
//! value is two words: the dynamic type's descriptor (empty interfaces)
//! or an itab (interfaces with methods), and the data word: the value
//! itself when it is pointer-shaped, else a pointer to a heap copy. Each
//! type has one descriptor in a program, so types compare by address.
//! Converting a concrete type to an interface uses a static itab; an
//! assertion to an interface type asks the runtime, which builds itabs
//! from the dynamic type's method table.

use super::Builder;
use crate::ir::{Callee, Local, Operand, Place, Rvalue, Terminator};
use crate::syntax::ast::BinaryOp;
use crate::types::constant::Const;
use crate::types::ty::{Basic, Type, TypeId, ids};
use crate::types::typed::{Expr, TargetId, TypeCase};

/// Offset of the method table in an itab (inter, typ, hash/pad).
const ITAB_FUN: i64 = 24;

impl<'a, 'm> Builder<'a, 'm> {
    /// Whether an interface holds values of `t` directly in its data word.
    pub fn pointer_shaped(&self, t: TypeId) -> bool {
        match self.tt.under(t) {
            Type::Pointer(_) | Type::Func { .. } | Type::Map(..) | Type::Chan(..) => true,
            Type::Basic(b) => b == Basic::UnsafePointer,
            _ => false,
        }
    }

    pub fn empty_iface(&self, t: TypeId) -> bool {
        matches!(self.tt.under(t), Type::Interface(ms) if ms.is_empty())
    }

    pub fn iface_of(&mut self, x: &Expr, ty: TypeId) -> Operand {
        let xt = self.norm(x.ty);
        let v = self.expr(x);
        self.box_value(v, xt, ty)
    }

    /// Converts value `v` of type `xt` to interface type `ty`.
    pub fn box_value(&mut self, v: Operand, xt: TypeId, ty: TypeId) -> Operand {
        if self.tt.is_interface(xt) {
            return self.iface_to_iface(v, xt, ty);
        }
        self.m_note_dynamic(xt);
        let word = if self.empty_iface(ty) {
            self.eval(ids::UINTPTR, Rvalue::TypeDesc(xt))
        } else {
            self.eval(ids::UINTPTR, Rvalue::Itab(ty, xt))
        };
        let data = if self.pointer_shaped(xt) {
            self.retype(v, ids::UINTPTR)
        } else if let Operand::Const(c, _) = &v
            && matches!(self.tt.under(xt), Type::Basic(_))
            && self.size_of(xt) > 0
        {
            // Interface data is never written through: a constant can
            // live in read-only memory.
            self.eval(ids::UINTPTR, Rvalue::ConstAddr(c.clone(), xt))
        } else if self.size_of(xt) == 0 {
            self.eval(ids::UINTPTR, Rvalue::New(xt))
        } else {
            let p = self.eval(ids::UINTPTR, Rvalue::New(xt));
            let place = self.mem(p.clone(), xt);
            self.assign(place, Rvalue::Use(v));
            p
        };
        self.eval(ty, Rvalue::Make(ty, vec![word, data]))
    }

    /// Records that `t` is a dynamic type, so its method table exists.
    fn m_note_dynamic(&mut self, t: TypeId) {
        self.m.dynamic.insert(t);
    }

    /// An interface value under another interface type.
    fn iface_to_iface(&mut self, v: Operand, from: TypeId, to: TypeId) -> Operand {
        if self.empty_iface(from) == self.empty_iface(to) && self.empty_iface(to) {
            return self.retype(v, to);
        }
        let data = self.eval(ids::UINTPTR, Rvalue::Part(v.clone(), 1));
        let typ = self.dynamic_type(&v, from);
        let word = if self.empty_iface(to) {
            typ
        } else {
            let desc = self.eval(ids::UINTPTR, Rvalue::TypeDesc(to));
            let must = Operand::Const(Const::Bool(false), ids::BOOL);
            self.rt("rgo_assert_iface", ids::UINTPTR, vec![desc, typ, must])
        };
        self.eval(to, Rvalue::Make(to, vec![word, data]))
    }

    /// The dynamic type's descriptor of interface value `v` (0 for nil).
    pub fn dynamic_type(&mut self, v: &Operand, t: TypeId) -> Operand {
        let w = self.eval(ids::UINTPTR, Rvalue::Part(v.clone(), 0));
        if self.empty_iface(t) {
            return w;
        }
        self.rt("rgo_itab_type", ids::UINTPTR, vec![w])
    }

    /// The dynamic value of type `t` held by interface `v`.
    fn unbox(&mut self, v: &Operand, t: TypeId) -> Operand {
        let data = self.eval(ids::UINTPTR, Rvalue::Part(v.clone(), 1));
        if self.pointer_shaped(t) {
            return self.retype(data, t);
        }
        let a = self.local_of(data, ids::UINTPTR);
        self.read(Place::Mem { addr: a, ty: t }, t)
    }

    /// Whether interface `v` (of type `vt`) holds dynamic type `t` (or, for
    /// an interface `t`, implements it; `None`: is nil).
    fn holds(&mut self, v: &Operand, vt: TypeId, t: Option<TypeId>) -> Operand {
        let typ = self.dynamic_type(v, vt);
        match t {
            None => self.eval(
                ids::BOOL,
                Rvalue::Binary(BinaryOp::Eq, typ, Operand::Zero(ids::UINTPTR), ids::UINTPTR),
            ),
            Some(t) if self.empty_iface(t) => self.eval(
                ids::BOOL,
                Rvalue::Binary(BinaryOp::Ne, typ, Operand::Zero(ids::UINTPTR), ids::UINTPTR),
            ),
            Some(t) if self.tt.is_interface(t) => {
                let desc = self.eval(ids::UINTPTR, Rvalue::TypeDesc(t));
                let must = Operand::Const(Const::Bool(false), ids::BOOL);
                let itab = self.rt("rgo_assert_iface", ids::UINTPTR, vec![desc, typ, must]);
                self.eval(
                    ids::BOOL,
                    Rvalue::Binary(
                        BinaryOp::Ne,
                        itab,
                        Operand::Zero(ids::UINTPTR),
                        ids::UINTPTR,
                    ),
                )
            }
            Some(t) => {
                self.m_note_dynamic(t);
                let d = self.eval(ids::UINTPTR, Rvalue::TypeDesc(t));
                self.eval(
                    ids::BOOL,
                    Rvalue::Binary(BinaryOp::Eq, typ, d, ids::UINTPTR),
                )
            }
        }
    }

    pub fn type_assert(&mut self, x: &Expr, target: TypeId, comma_ok: bool) -> Vec<Operand> {
        let xt = self.norm(x.ty);
        let v = self.expr(x);
        let v = self.snapshot(v, xt);
        if !comma_ok {
            if self.tt.is_interface(target) {
                return vec![self.assert_iface_must(&v, xt, target)];
            }
            let ok = self.holds(&v, xt, Some(target));
            let fail = self.eval(
                ids::BOOL,
                Rvalue::Binary(
                    BinaryOp::Eq,
                    ok,
                    Operand::Const(Const::Bool(false), ids::BOOL),
                    ids::BOOL,
                ),
            );
            let have = self.dynamic_type(&v, xt);
            let want = self.eval(ids::UINTPTR, Rvalue::TypeDesc(target));
            let iface = self.eval(ids::UINTPTR, Rvalue::TypeDesc(xt));
            self.guard(fail, "rgo_panic_type_assert", vec![have, want, iface]);
            return vec![self.unbox(&v, target)];
        }
        let ok = self.holds(&v, xt, Some(target));
        let out = self.temp(target);
        self.assign(Place::Local(out), Rvalue::Use(Operand::Zero(target)));
        let (yes, done) = self.branch(ok.clone());
        self.switch_to(yes);
        let val = self.assert_value(&v, xt, target);
        self.assign(Place::Local(out), Rvalue::Use(val));
        self.terminate(Terminator::Goto(done));
        self.switch_to(done);
        vec![Operand::Copy(Place::Local(out)), ok]
    }

    /// `x.(I)` that panics with gc's message when the dynamic type does not
    /// implement `I` (or `x` is nil).
    fn assert_iface_must(&mut self, v: &Operand, xt: TypeId, target: TypeId) -> Operand {
        let typ = self.dynamic_type(v, xt);
        let desc = self.eval(ids::UINTPTR, Rvalue::TypeDesc(target));
        let src = self.eval(ids::UINTPTR, Rvalue::TypeDesc(xt));
        let word = self.rt("rgo_assert_iface_must", ids::UINTPTR, vec![desc, typ, src]);
        let word = if self.empty_iface(target) {
            self.dynamic_type(v, xt)
        } else {
            word
        };
        let data = self.eval(ids::UINTPTR, Rvalue::Part(v.clone(), 1));
        self.eval(target, Rvalue::Make(target, vec![word, data]))
    }

    /// The value of `v` as `target` once the test succeeded.
    fn assert_value(&mut self, v: &Operand, vt: TypeId, target: TypeId) -> Operand {
        if self.tt.is_interface(target) {
            self.iface_to_iface(v.clone(), vt, target)
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
                let hit = self.holds(&v, xt, *t);
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
                    [Some(t)] => self.assert_value(&v, xt, *t),
                    _ => v.clone(),
                };
                if self.boxed_decls.contains(&b.0) {
                    self.new_box(b.0);
                }
                let place = self.var(b);
                let _ = bt;
                self.assign(place, Rvalue::Use(val));
            }
            self.block(&c.body);
            self.terminate(Terminator::Goto(exit));
        }
        self.switch_to(exit);
    }

    /// A dynamic call of method `index` of interface `x`: the code from
    /// the itab, the data word as the receiver.
    pub fn iface_callee(&mut self, x: &Expr, index: u32, sig: TypeId) -> (Callee, Vec<Operand>) {
        let xt = self.norm(x.ty);
        let v = self.expr(x);
        let v = self.snapshot(v, xt);
        let (code, data) = self.iface_code(&v, index);
        let sig = self.with_receiver(ids::UINTPTR, sig);
        (Callee::Code { code, sig }, vec![data])
    }

    /// The code pointer for method `index` of interface value `v`, and its
    /// data word; calling a method of a nil interface panics.
    pub fn iface_code(&mut self, v: &Operand, index: u32) -> (Operand, Operand) {
        let itab = self.eval(ids::UINTPTR, Rvalue::Part(v.clone(), 0));
        let itab = self.nil_checked(itab, ids::UINTPTR);
        let slot = self.eval(
            ids::UINTPTR,
            Rvalue::PtrAdd(
                Operand::Copy(Place::Local(itab)),
                Builder::int(ITAB_FUN / 8 + index as i64),
                8,
            ),
        );
        let code = self.load(slot, ids::UINTPTR);
        let data = self.eval(ids::UINTPTR, Rvalue::Part(v.clone(), 1));
        (code, data)
    }

    /// A function type with `recv` as an extra first parameter.
    pub fn with_receiver(&mut self, recv: TypeId, sig: TypeId) -> TypeId {
        let Type::Func {
            params,
            results,
            variadic,
        } = self.tt.under(sig)
        else {
            return sig;
        };
        let mut ps = vec![recv];
        ps.extend(params);
        self.tt.intern(Type::Func {
            params: ps,
            results,
            variadic,
        })
    }
}
