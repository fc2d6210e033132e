//! This module implements lowering of `for range` loops over integers,
//! strings (runes), slices, arrays (over a copy, as the spec says),
//! pointers to arrays (not a copy), and maps (through the runtime's
//! iterator, which follows the spec for insertions and deletions during
//! the loop). The range expression is evaluated once, before the loop;
//! iteration variables that a closure captures get a fresh cell on each
//! iteration (Go 1.22). Function iterators are in rangefunc.rs.

use super::Builder;
use crate::ir::{Callee, Local, Operand, Place, Rvalue, Terminator};
use crate::syntax::ast::BinaryOp;
use crate::types::constant::Const;
use crate::types::ty::{Type, TypeId, ids};
use crate::types::typed::{Block, Expr, LValue, TargetId};

/// The iteration variables of a range loop.
#[derive(Clone, Copy)]
pub struct RangeVars<'e> {
    pub key: Option<&'e LValue>,
    pub value: Option<&'e LValue>,
    /// New variables (`:=`), fresh on each iteration, rather than
    /// assignments to existing ones.
    pub define: bool,
}

/// Words of the runtime's map iterator (runtime/src/map, `MapIter`).
const MAP_ITER_WORDS: u64 = 12;

impl<'a, 'm> Builder<'a, 'm> {
    pub fn range_stmt(&mut self, target: TargetId, vars: RangeVars, x: &Expr, body: &Block) {
        // `for i, _ := range` reads no elements (a nil *[N]T is fine).
        let vars = RangeVars {
            value: vars.value.filter(|v| !matches!(v, LValue::Blank)),
            ..vars
        };
        let RangeVars { value, .. } = vars;
        let xt = self.norm(x.ty);
        match self.tt.under(xt) {
            Type::Map(k, v) => return self.range_map(target, vars, x, k, v, body),
            Type::Func { .. } => return self.range_func(target, vars, x, body),
            _ => {}
        }
        let under = self.tt.under(xt);
        let (n, elem_at): (Operand, Option<ElemSource>) = match under.clone() {
            Type::Basic(b) if b.is_integer() => {
                let v = self.expr(x);
                (self.snapshot(v, xt), None)
            }
            Type::Basic(_) => {
                let v = self.expr(x);
                let v = self.snapshot(v, xt);
                let n = self.eval(ids::INT, Rvalue::Part(v.clone(), 1));
                (n, Some(ElemSource::String(v)))
            }
            Type::Slice(e) => {
                let v = self.expr(x);
                let v = self.snapshot(v, xt);
                let n = self.eval(ids::INT, Rvalue::Part(v.clone(), 1));
                let p = self.eval(ids::UINTPTR, Rvalue::Part(v, 0));
                (n, Some(ElemSource::Ptr(p, e)))
            }
            Type::Array(n, e) => {
                let src = if value.is_some() {
                    // The loop ranges over a copy of the array.
                    let v = self.expr(x);
                    let l = self.temp(xt);
                    self.assign(Place::Local(l), Rvalue::Use(v));
                    Some(ElemSource::Array(l, e))
                } else {
                    if has_effects(x) {
                        self.expr(x);
                    }
                    None
                };
                (Builder::int(n as i64), src)
            }
            Type::Pointer(a) => {
                let (n, e) = match self.tt.under(a) {
                    Type::Array(n, e) => (n, e),
                    _ => (0, ids::INT),
                };
                let p = self.expr(x);
                let p = self.snapshot(p, xt);
                let src = value.map(|_| ElemSource::ArrayPtr(p, a, e));
                (Builder::int(n as i64), src)
            }
            _ => {
                self.unsupported("this range expression");
                return;
            }
        };
        let counter_t = if matches!(under, Type::Basic(b) if b.is_integer()) {
            xt
        } else {
            ids::INT
        };
        self.counted_loop(target, counter_t, n, vars, elem_at, body);
    }

    #[allow(clippy::too_many_arguments)]
    fn counted_loop(
        &mut self,
        target: TargetId,
        counter_t: TypeId,
        n: Operand,
        vars: RangeVars,
        src: Option<ElemSource>,
        body: &Block,
    ) {
        let RangeVars { key, value, .. } = vars;
        let i = self.temp(counter_t);
        self.assign(Place::Local(i), Rvalue::Use(Operand::Zero(counter_t)));
        let (head, body_b, cont, exit) = self.loop_blocks();
        let iv = Operand::Copy(Place::Local(i));
        let more = self.eval(
            ids::BOOL,
            Rvalue::Binary(BinaryOp::Lt, iv.clone(), n, counter_t),
        );
        self.terminate(Terminator::Branch(more, body_b, exit));
        self.switch_to(body_b);
        let step = self.temp(counter_t);
        self.assign(
            Place::Local(step),
            Rvalue::Use(Operand::Const(Const::int(1), counter_t)),
        );
        let iv = self.snapshot(iv, counter_t);
        self.fresh_iteration_vars(vars);
        if let Some(k) = key {
            let d = self.dest(k);
            self.store_dest(d, iv.clone());
        }
        match src {
            Some(ElemSource::String(s)) => self.range_string_value(&s, &iv, value, step),
            Some(src) => {
                if let Some(v) = value {
                    let val = self.range_elem(src, &iv);
                    let d = self.dest(v);
                    self.store_dest(d, val);
                }
            }
            None => {}
        }
        self.targets.insert(target, (exit, Some(cont)));
        self.block(body);
        self.terminate(Terminator::Goto(cont));
        self.switch_to(cont);
        let next = self.eval(
            counter_t,
            Rvalue::Binary(
                BinaryOp::Add,
                Operand::Copy(Place::Local(i)),
                Operand::Copy(Place::Local(step)),
                counter_t,
            ),
        );
        self.assign(Place::Local(i), Rvalue::Use(next));
        self.terminate(Terminator::Goto(head));
        self.switch_to(exit);
    }

    /// Captured iteration variables get a fresh cell per iteration.
    pub(super) fn fresh_iteration_vars(&mut self, vars: RangeVars) {
        if !vars.define {
            return;
        }
        for lv in [vars.key, vars.value].into_iter().flatten() {
            if let LValue::Local(l) = lv
                && self.boxed_decls.contains(&l.0)
            {
                self.new_box(l.0);
            }
        }
    }

    fn range_elem(&mut self, src: ElemSource, i: &Operand) -> Operand {
        match src {
            ElemSource::Ptr(p, e) => {
                let size = self.size_of(e);
                let at = self.eval(ids::UINTPTR, Rvalue::PtrAdd(p, i.clone(), size));
                self.load(at, e)
            }
            ElemSource::Array(l, e) => {
                let idx = self.local_of(i.clone(), ids::INT);
                let p = Place::Elem(Box::new(Place::Local(l)), idx);
                self.read(p, e)
            }
            ElemSource::ArrayPtr(p, a, e) => {
                let pt = self.tt.pointer(a);
                let base = self.nil_checked(p, pt);
                let idx = self.local_of(i.clone(), ids::INT);
                let place = Place::Elem(Box::new(Place::Mem { addr: base, ty: a }), idx);
                self.read(place, e)
            }
            ElemSource::String(_) => Operand::Zero(ids::INT32),
        }
    }

    /// Decodes the rune at byte offset `i`; `step` gets its width.
    fn range_string_value(
        &mut self,
        s: &Operand,
        i: &Operand,
        value: Option<&LValue>,
        step: Local,
    ) {
        let [p, l] = self.string_parts(s.clone());
        let r = self.temp(ids::INT);
        let callee = Callee::Runtime {
            name: "rgo_decode_rune",
            sret: false,
        };
        // The runtime returns the rune and the offset of the next one.
        let next = self.temp(ids::INT);
        self.call(
            vec![Place::Local(r), Place::Local(next)],
            callee,
            vec![p, l, i.clone()],
        );
        let next = Operand::Copy(Place::Local(next));
        let width = Rvalue::Binary(BinaryOp::Sub, next, i.clone(), ids::INT);
        self.assign(Place::Local(step), width);
        if let Some(v) = value {
            let rune = self.eval(
                ids::INT32,
                Rvalue::Convert(Operand::Copy(Place::Local(r)), ids::INT32),
            );
            let d = self.dest(v);
            self.store_dest(d, rune);
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn range_map(
        &mut self,
        target: TargetId,
        vars: RangeVars,
        x: &Expr,
        kt: TypeId,
        vt: TypeId,
        body: &Block,
    ) {
        let RangeVars { key, value, .. } = vars;
        let mt = self.norm(x.ty);
        let m = self.expr(x);
        let m = self.snapshot(m, mt);
        let it_t = self.tt.intern(Type::Array(MAP_ITER_WORDS, ids::UINTPTR));
        let it = self.temp(it_t);
        self.assign(Place::Local(it), Rvalue::Use(Operand::Zero(it_t)));
        let it_addr = self.eval(ids::UINTPTR, Rvalue::AddrOf(Place::Local(it)));
        let desc = self.eval(ids::UINTPTR, Rvalue::TypeDesc(mt));
        self.rt0("rgo_mapiterinit", vec![desc, m, it_addr.clone()]);
        let (head, body_b, cont, exit) = self.loop_blocks();
        let kp = self.load(it_addr.clone(), ids::UINTPTR);
        let done = self.eval(
            ids::BOOL,
            Rvalue::Binary(
                BinaryOp::Eq,
                kp.clone(),
                Operand::Zero(ids::UINTPTR),
                ids::UINTPTR,
            ),
        );
        self.terminate(Terminator::Branch(done, exit, body_b));
        self.switch_to(body_b);
        self.fresh_iteration_vars(vars);
        if let Some(k) = key {
            let kv = self.load(kp, kt);
            let d = self.dest(k);
            self.store_dest(d, kv);
        }
        if let Some(v) = value {
            let vp_at = self.eval(
                ids::UINTPTR,
                Rvalue::PtrAdd(it_addr.clone(), Builder::int(1), 8),
            );
            let vp = self.load(vp_at, ids::UINTPTR);
            let vv = self.load(vp, vt);
            let d = self.dest(v);
            self.store_dest(d, vv);
        }
        self.targets.insert(target, (exit, Some(cont)));
        self.block(body);
        self.terminate(Terminator::Goto(cont));
        self.switch_to(cont);
        self.rt0("rgo_mapiternext", vec![it_addr]);
        self.terminate(Terminator::Goto(head));
        self.switch_to(exit);
    }
}

/// Where a range loop's values come from.
enum ElemSource {
    String(Operand),
    /// A slice's elements at a pointer.
    Ptr(Operand, TypeId),
    /// A copy of an array in a local.
    Array(Local, TypeId),
    /// An array reached through a pointer (array type, element type).
    ArrayPtr(Operand, TypeId, TypeId),
}

/// Whether evaluating `x` may have side effects (calls).
fn has_effects(x: &Expr) -> bool {
    let mut found = false;
    super::scan::walk_expr(x, &mut |e| {
        if matches!(e.kind, crate::types::typed::ExprKind::Call { .. }) {
            found = true;
        }
    });
    found
}
