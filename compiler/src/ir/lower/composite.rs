//! This module implements lowering of composite literals (slices, arrays,
//! structs, maps), map reads, and slice expressions with gc's bounds
//! checks and messages (the `boundsError` codes in runtime/src/lib.rs).

use super::Builder;
use crate::ir::{Callee, Operand, Place, Rvalue};
use crate::syntax::ast::BinaryOp;
use crate::types::ty::{Type, TypeId, ids};
use crate::types::typed::Expr;

/// gc's bounds-check kinds.
const SLICE_ALEN: i64 = 1;
const SLICE_ACAP: i64 = 2;
const SLICE_B: i64 = 3;
const SLICE3_ALEN: i64 = 4;
const SLICE3_ACAP: i64 = 5;
const SLICE3_B: i64 = 6;
const SLICE3_C: i64 = 7;

impl<'a, 'm> Builder<'a, 'm> {
    /// A slice literal: a fresh backing array (non-nil even when empty).
    pub fn slice_lit(&mut self, len: u64, elems: &[(u64, Expr)], ty: TypeId) -> Operand {
        let mut vals = Vec::new();
        for (i, e) in elems {
            let v = self.expr(e);
            let t = self.norm(e.ty);
            vals.push((*i, self.snapshot_if_place(v, t)));
        }
        self.slice_of(len, vals, ty)
    }

    /// A slice of `len` elements, `vals` stored at their indices.
    fn slice_of(&mut self, len: u64, vals: Vec<(u64, Operand)>, ty: TypeId) -> Operand {
        let elem = self.elem_of(ty);
        let arr = self.tt.intern(Type::Array(len, elem));
        let p = self.eval(ids::UINTPTR, Rvalue::New(arr));
        let size = self.size_of(elem);
        for (i, v) in vals {
            let at = self.eval(
                ids::UINTPTR,
                Rvalue::PtrAdd(p.clone(), Builder::int(i as i64), size),
            );
            self.store(at, elem, v);
        }
        let n = Builder::int(len as i64);
        self.eval(ty, Rvalue::Make(ty, vec![p, n.clone(), n]))
    }

    /// Variadic arguments packed into a slice (nil when there are none).
    pub fn slice_from(&mut self, elems: Vec<Operand>, ty: TypeId) -> Operand {
        if elems.is_empty() {
            return Operand::Zero(ty);
        }
        let n = elems.len() as u64;
        let vals = elems
            .into_iter()
            .enumerate()
            .map(|(i, v)| (i as u64, v))
            .collect();
        self.slice_of(n, vals, ty)
    }

    pub fn array_lit(&mut self, elems: &[(u64, Expr)], ty: TypeId) -> Operand {
        let t = self.temp(ty);
        self.assign(Place::Local(t), Rvalue::Use(Operand::Zero(ty)));
        for (i, e) in elems {
            let v = self.expr(e);
            let idx = self.local_of(Builder::int(*i as i64), ids::INT);
            let place = Place::Elem(Box::new(Place::Local(t)), idx);
            self.assign(place, Rvalue::Use(v));
        }
        Operand::Copy(Place::Local(t))
    }

    pub fn struct_lit(&mut self, fields: &[(u32, Expr)], ty: TypeId) -> Operand {
        let t = self.temp(ty);
        self.assign(Place::Local(t), Rvalue::Use(Operand::Zero(ty)));
        for (i, e) in fields {
            let v = self.expr(e);
            self.assign(Place::Local(t).field(*i), Rvalue::Use(v));
        }
        Operand::Copy(Place::Local(t))
    }

    pub fn map_lit(&mut self, pairs: &[(Expr, Expr)], ty: TypeId) -> Operand {
        let desc = self.eval(ids::UINTPTR, Rvalue::TypeDesc(ty));
        let m = self.rt(
            "rgo_makemap",
            ty,
            vec![desc.clone(), Builder::int(pairs.len() as i64)],
        );
        let vt = match self.tt.under(ty) {
            Type::Map(_, v) => v,
            _ => ids::INT,
        };
        for (k, v) in pairs {
            let ka = self.key_addr(k);
            let val = self.expr(v);
            let val = self.snapshot_if_place(val, vt);
            let slot = self.rt(
                "rgo_mapassign",
                ids::UINTPTR,
                vec![desc.clone(), m.clone(), ka],
            );
            self.store(slot, vt, val);
        }
        m
    }

    /// The address of a map key's value (in a temporary).
    pub fn key_addr(&mut self, k: &Expr) -> Operand {
        let t = self.norm(k.ty);
        let v = self.expr(k);
        let v = self.snapshot(v, t);
        self.addr_of_value(v, t)
    }

    /// `m[k]` (and with `comma_ok`, whether it was there).
    pub fn map_index(&mut self, m: &Expr, key: &Expr, comma_ok: bool, vt: TypeId) -> Vec<Operand> {
        let mt = self.norm(m.ty);
        let mv = self.expr(m);
        let mv = self.snapshot_if_place(mv, mt);
        let ka = self.key_addr(key);
        let desc = self.eval(ids::UINTPTR, Rvalue::TypeDesc(mt));
        if !comma_ok {
            let p = self.rt("rgo_mapaccess1", ids::UINTPTR, vec![desc, mv, ka]);
            let a = self.local_of(p, ids::UINTPTR);
            let v = self.snapshot(Operand::Copy(Place::Mem { addr: a, ty: vt }), vt);
            return vec![v];
        }
        let (p, ok) = (self.temp(ids::UINTPTR), self.temp(ids::UINT64));
        self.call(
            vec![Place::Local(p), Place::Local(ok)],
            Callee::Runtime {
                name: "rgo_mapaccess2",
                sret: false,
            },
            vec![desc, mv, ka],
        );
        let v = self.snapshot(Operand::Copy(Place::Mem { addr: p, ty: vt }), vt);
        let ok = self.eval(
            ids::BOOL,
            Rvalue::Convert(Operand::Copy(Place::Local(ok)), ids::BOOL),
        );
        vec![v, ok]
    }

    /// `x[lo:hi:max]` of a string, slice or array.
    pub fn slice_expr(
        &mut self,
        x: &Expr,
        lo: Option<&Expr>,
        hi: Option<&Expr>,
        max: Option<&Expr>,
        ty: TypeId,
    ) -> Operand {
        let xt = self.norm(x.ty);
        let (base, len, cap, elem, is_string) = match self.tt.under(xt) {
            Type::Array(n, e) => {
                let p = self.place(x);
                let a = self.eval(ids::UINTPTR, Rvalue::AddrOf(p));
                let n = Builder::int(n as i64);
                (a, n.clone(), n, e, false)
            }
            Type::Slice(e) => {
                let v = self.expr(x);
                let v = self.snapshot(v, xt);
                let p = self.eval(ids::UINTPTR, Rvalue::Part(v.clone(), 0));
                let l = self.eval(ids::INT, Rvalue::Part(v.clone(), 1));
                let c = self.eval(ids::INT, Rvalue::Part(v, 2));
                (p, l, c, e, false)
            }
            _ => {
                let v = self.expr(x);
                let v = self.snapshot(v, xt);
                let [p, l] = self.string_parts(v);
                (p, l.clone(), l, ids::UINT8, true)
            }
        };
        let bound = |s: &mut Self, e: Option<&Expr>| {
            e.map(|e| {
                let v = s.expr(e);
                let v = s.index_int(v, s.norm(e.ty));
                s.snapshot_if_place(v, ids::INT)
            })
        };
        let lo = bound(self, lo).unwrap_or(Builder::int(0));
        let hi_given = bound(self, hi);
        let max_given = bound(self, max);
        let is_slice = matches!(self.tt.under(xt), Type::Slice(_));
        let hi = hi_given.unwrap_or(len.clone());
        let cap_v = match &max_given {
            Some(m) => {
                let k = if is_slice { SLICE3_ACAP } else { SLICE3_ALEN };
                self.check_le(m.clone(), cap.clone(), k);
                self.check_le(hi.clone(), m.clone(), SLICE3_B);
                self.check_le(lo.clone(), hi.clone(), SLICE3_C);
                m.clone()
            }
            None => {
                let k = if is_slice { SLICE_ACAP } else { SLICE_ALEN };
                let limit = if is_slice { cap.clone() } else { len.clone() };
                self.check_le(hi.clone(), limit, k);
                self.check_le(lo.clone(), hi.clone(), SLICE_B);
                cap.clone()
            }
        };
        let size = self.size_of(elem);
        let n = self.eval(
            ids::INT,
            Rvalue::Binary(BinaryOp::Sub, hi, lo.clone(), ids::INT),
        );
        let c = if is_string {
            n.clone()
        } else {
            self.eval(
                ids::INT,
                Rvalue::Binary(BinaryOp::Sub, cap_v, lo.clone(), ids::INT),
            )
        };
        let lo = self.base_offset(lo, c.clone());
        let p = self.eval(ids::UINTPTR, Rvalue::PtrAdd(base, lo, size));
        if is_string {
            return self.eval(ty, Rvalue::Make(ty, vec![p, n]));
        }
        self.eval(ty, Rvalue::Make(ty, vec![p, n, c]))
    }

    /// The index the result of a slice expression starts at: `lo`, but 0
    /// when the result has no capacity (length, for strings), so that
    /// the pointer never points past the end of the object, as in gc.
    fn base_offset(&mut self, lo: Operand, cap: Operand) -> Operand {
        if matches!(&lo, Operand::Const(c, _) if c.as_int() == Some(0)) {
            return lo;
        }
        let nonempty = self.eval(
            ids::BOOL,
            Rvalue::Binary(BinaryOp::Ne, cap, Builder::int(0), ids::INT),
        );
        self.select(nonempty, lo, Builder::int(0), ids::INT)
    }

    /// Panics with bounds error `kind` unless `0 <= x <= y` (unsigned).
    fn check_le(&mut self, x: Operand, y: Operand, kind: i64) {
        if let (Operand::Const(a, _), Operand::Const(b, _)) = (&x, &y)
            && let (Some(a), Some(b)) = (a.as_int(), b.as_int())
            && 0 <= a
            && a <= b
        {
            return;
        }
        let bad = self.eval(
            ids::BOOL,
            Rvalue::Binary(BinaryOp::Gt, x.clone(), y.clone(), ids::UINT),
        );
        self.guard(bad, "rgo_panic_bounds", vec![Builder::int(kind), x, y]);
    }
}
