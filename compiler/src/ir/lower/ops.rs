//! This module implements lowering of operators and conversions:
//! short-circuit `&&`/`||` as control flow, integer division with Go's
//! checks (zero divisor panics, `MinInt / -1` wraps), shifts with Go's
//! semantics for large and negative counts, complex arithmetic on parts
//! (division in the runtime, as gc does), string concatenation and
//! comparison through the runtime, and every conversion between
//! non-interface types.

use super::Builder;
use crate::ir::{Operand, Place, Rvalue, Terminator};
use crate::syntax::ast::{BinaryOp, UnaryOp};
use crate::types::constant::Const;
use crate::types::ty::{Basic, Type, TypeId, ids};
use crate::types::typed::Expr;

impl<'a, 'm> Builder<'a, 'm> {
    pub fn binary(&mut self, op: BinaryOp, x: &Expr, y: &Expr, ty: TypeId) -> Operand {
        if matches!(op, BinaryOp::LAnd | BinaryOp::LOr) {
            return self.short_circuit(op, x, y);
        }
        let ot = self.norm(x.ty);
        if matches!(op, BinaryOp::Eq | BinaryOp::Ne) && !self.is_scalar_compare(ot) {
            return self.equality(op, x, y);
        }
        if self.tt.pred(ot, |b| b.is_string()) {
            return self.string_op(op, x, y, ty);
        }
        let a = self.expr(x);
        let a = self.snapshot_if_place(a, ot);
        let b = self.expr(y);
        if self.tt.pred(ot, Basic::is_complex) {
            return self.complex_op(op, a, b, ot);
        }
        let int = self.tt.pred(ot, Basic::is_integer);
        match op {
            BinaryOp::Div | BinaryOp::Rem if int => self.divide(op, a, b, ot),
            BinaryOp::Shl | BinaryOp::Shr => self.shift(op, a, b, ot, self.norm(y.ty)),
            _ => self.eval(ty, Rvalue::Binary(op, a, b, ot)),
        }
    }

    /// Integers, floats, bools, pointers and other one-word values compare
    /// with one instruction.
    fn is_scalar_compare(&self, t: TypeId) -> bool {
        match self.tt.under(t) {
            Type::Basic(b) => !b.is_string() && !b.is_complex(),
            Type::Pointer(_) | Type::Chan(..) | Type::Map(..) | Type::Func { .. } => true,
            _ => false,
        }
    }

    /// A value read from memory is copied now, so that evaluating the
    /// other operand cannot change it.
    pub fn snapshot_if_place(&mut self, v: Operand, t: TypeId) -> Operand {
        match v {
            Operand::Copy(Place::Local(_)) | Operand::Const(..) | Operand::Zero(_) => v,
            v => self.snapshot(v, t),
        }
    }

    pub fn unary(&mut self, op: UnaryOp, x: &Expr, ty: TypeId) -> Operand {
        let v = self.expr(x);
        if op == UnaryOp::Neg && self.tt.pred(ty, Basic::is_complex) {
            let ft = self.complex_part_type(ty);
            let re = self.eval(ft, Rvalue::Part(v.clone(), 0));
            let im = self.eval(ft, Rvalue::Part(v, 1));
            let re = self.eval(ft, Rvalue::Unary(UnaryOp::Neg, re));
            let im = self.eval(ft, Rvalue::Unary(UnaryOp::Neg, im));
            return self.eval(ty, Rvalue::Make(ty, vec![re, im]));
        }
        if op == UnaryOp::Pos {
            return v;
        }
        self.eval(ty, Rvalue::Unary(op, v))
    }

    /// `x && y`, `x || y`: `y` is evaluated only when needed.
    fn short_circuit(&mut self, op: BinaryOp, x: &Expr, y: &Expr) -> Operand {
        let r = self.temp(ids::BOOL);
        let a = self.expr(x);
        self.assign(Place::Local(r), Rvalue::Use(a.clone()));
        let (t, f) = self.branch(a);
        let (eval_y, done) = if op == BinaryOp::LAnd { (t, f) } else { (f, t) };
        self.switch_to(eval_y);
        let b = self.expr(y);
        self.assign(Place::Local(r), Rvalue::Use(b));
        self.terminate(Terminator::Goto(done));
        self.switch_to(done);
        Operand::Copy(Place::Local(r))
    }

    /// Integer division and remainder: panics on a zero divisor, and
    /// computes `MinInt / -1` as `MinInt` (remainder 0) instead of trapping.
    pub fn divide(&mut self, op: BinaryOp, a: Operand, b: Operand, t: TypeId) -> Operand {
        // A constant divisor is never zero (the checker rejects that); only
        // -1 needs the overflow path.
        if let Operand::Const(c, _) = &b
            && c.as_int() != Some(-1)
        {
            return self.eval(t, Rvalue::Binary(op, a, b, t));
        }
        let is_zero = self.eval(
            ids::BOOL,
            Rvalue::Binary(BinaryOp::Eq, b.clone(), Operand::Zero(t), t),
        );
        self.guard(is_zero, "rgo_panic_divide", Vec::new());
        let r = self.temp(t);
        if self.tt.pred(t, |k| k.is_unsigned()) {
            self.assign(Place::Local(r), Rvalue::Binary(op, a, b, t));
            return Operand::Copy(Place::Local(r));
        }
        let minus_one = self.eval(
            ids::BOOL,
            Rvalue::Binary(
                BinaryOp::Eq,
                b.clone(),
                Operand::Const(Const::int(-1), t),
                t,
            ),
        );
        let (special, normal) = self.branch(minus_one);
        let done = self.new_block();
        self.switch_to(special);
        let v = if op == BinaryOp::Div {
            Rvalue::Unary(UnaryOp::Neg, a.clone())
        } else {
            Rvalue::Use(Operand::Zero(t))
        };
        self.assign(Place::Local(r), v);
        self.terminate(Terminator::Goto(done));
        self.switch_to(normal);
        self.assign(Place::Local(r), Rvalue::Binary(op, a, b, t));
        self.terminate(Terminator::Goto(done));
        self.switch_to(done);
        Operand::Copy(Place::Local(r))
    }

    /// Shifts: a negative (signed) count panics; a count of at least the
    /// width gives 0 (or all sign bits for a signed right shift).
    pub fn shift(
        &mut self,
        op: BinaryOp,
        a: Operand,
        n: Operand,
        t: TypeId,
        nt: TypeId,
    ) -> Operand {
        if let Operand::Const(c, _) = &n
            && let Some(c) = c.as_int()
        {
            let bits = self.size_of(t) as i128 * 8;
            if (0..bits).contains(&c) {
                return self.eval(
                    t,
                    Rvalue::Binary(op, a, Operand::Const(Const::int(c as i64), ids::UINT), t),
                );
            }
        }
        if !self.tt.pred(nt, |k| k.is_unsigned()) {
            let neg = self.eval(
                ids::BOOL,
                Rvalue::Binary(BinaryOp::Lt, n.clone(), Operand::Zero(nt), nt),
            );
            self.guard(neg, "rgo_panic_shift", Vec::new());
        }
        let n = if nt == ids::UINT {
            n
        } else {
            self.eval(ids::UINT, Rvalue::Convert(n, ids::UINT))
        };
        // Codegen implements Go's large-count semantics for Binary shifts
        // with a non-constant count.
        self.eval(t, Rvalue::Binary(op, a, n, t))
    }

    fn string_op(&mut self, op: BinaryOp, x: &Expr, y: &Expr, ty: TypeId) -> Operand {
        let a = self.expr(x);
        let a = self.snapshot_if_place(a, ids::STRING);
        let b = self.expr(y);
        let mut args = self.string_parts(a).to_vec();
        args.extend(self.string_parts(b));
        if op == BinaryOp::Add {
            return self.rt("rgo_string_concat", ids::STRING, args);
        }
        if op == BinaryOp::Eq || op == BinaryOp::Ne {
            let eq = self.rt("rgo_string_eq", ids::BOOL, args);
            return self.bool_not_if(eq, op == BinaryOp::Ne);
        }
        let cmp = self.rt("rgo_string_cmp", ids::INT, args);
        self.eval(ty, Rvalue::Binary(op, cmp, Builder::int(0), ids::INT))
    }

    /// A string's pointer and length.
    pub fn string_parts(&mut self, v: Operand) -> [Operand; 2] {
        let p = self.eval(ids::UINTPTR, Rvalue::Part(v.clone(), 0));
        let l = self.eval(ids::INT, Rvalue::Part(v, 1));
        [p, l]
    }

    /// `!b` when `negate`, else `b`.
    pub fn bool_not_if(&mut self, b: Operand, negate: bool) -> Operand {
        if negate {
            self.eval(ids::BOOL, Rvalue::Unary(UnaryOp::Not, b))
        } else {
            b
        }
    }

    pub fn complex_part_type(&self, t: TypeId) -> TypeId {
        if self.tt.pred(t, |b| b == Basic::Complex64) {
            ids::FLOAT32
        } else {
            ids::FLOAT64
        }
    }

    /// Complex arithmetic and equality on real and imaginary parts.
    fn complex_op(&mut self, op: BinaryOp, a: Operand, b: Operand, t: TypeId) -> Operand {
        let ft = self.complex_part_type(t);
        let part = |s: &mut Self, v: &Operand, i| s.eval(ft, Rvalue::Part(v.clone(), i));
        let (ar, ai, br, bi) = (
            part(self, &a, 0),
            part(self, &a, 1),
            part(self, &b, 0),
            part(self, &b, 1),
        );
        let bin = |s: &mut Self, op, x: &Operand, y: &Operand| {
            s.eval(ft, Rvalue::Binary(op, x.clone(), y.clone(), ft))
        };
        let (re, im) = match op {
            BinaryOp::Add => (bin(self, op, &ar, &br), bin(self, op, &ai, &bi)),
            BinaryOp::Sub => (bin(self, op, &ar, &br), bin(self, op, &ai, &bi)),
            BinaryOp::Mul => {
                let (ac, bd) = (
                    bin(self, BinaryOp::Mul, &ar, &br),
                    bin(self, BinaryOp::Mul, &ai, &bi),
                );
                let (ad, bc) = (
                    bin(self, BinaryOp::Mul, &ar, &bi),
                    bin(self, BinaryOp::Mul, &ai, &br),
                );
                (
                    bin(self, BinaryOp::Sub, &ac, &bd),
                    bin(self, BinaryOp::Add, &ad, &bc),
                )
            }
            BinaryOp::Div => return self.complex_div(t, ft, [ar, ai, br, bi]),
            BinaryOp::Eq | BinaryOp::Ne => {
                let re = self.eval(ids::BOOL, Rvalue::Binary(BinaryOp::Eq, ar, br, ft));
                let im = self.eval(ids::BOOL, Rvalue::Binary(BinaryOp::Eq, ai, bi, ft));
                let both = self.eval(ids::BOOL, Rvalue::Binary(BinaryOp::And, re, im, ids::BOOL));
                return self.bool_not_if(both, op == BinaryOp::Ne);
            }
            _ => {
                self.unsupported("this operator on complex numbers");
                return Operand::Zero(t);
            }
        };
        self.eval(t, Rvalue::Make(t, vec![re, im]))
    }

    /// Complex division is done in float64 by the runtime, as gc does.
    fn complex_div(&mut self, t: TypeId, ft: TypeId, parts: [Operand; 4]) -> Operand {
        let args: Vec<Operand> = parts
            .into_iter()
            .map(|p| {
                if ft == ids::FLOAT64 {
                    p
                } else {
                    self.eval(ids::FLOAT64, Rvalue::Convert(p, ids::FLOAT64))
                }
            })
            .collect();
        let q = self.rt("rgo_complex128div", ids::COMPLEX128, args);
        if ft == ids::FLOAT64 {
            return q;
        }
        self.convert_value(q, ids::COMPLEX128, t)
    }

    /// Conversions between non-interface types.
    pub fn convert(&mut self, x: &Expr, to: TypeId) -> Operand {
        let from = self.norm(x.ty);
        let v = self.expr(x);
        self.convert_value(v, from, to)
    }

    pub fn convert_value(&mut self, v: Operand, from: TypeId, to: TypeId) -> Operand {
        let (uf, ut) = (self.tt.underlying(from), self.tt.underlying(to));
        if uf == ut {
            return self.retype(v, to);
        }
        let (fb, tb) = (self.tt.basic(from), self.tt.basic(to));
        let is_str = |b: Option<Basic>| b.is_some_and(|b| b.is_string());
        match (self.tt.get(uf).clone(), self.tt.get(ut).clone()) {
            (Type::Slice(e), _) if is_str(tb) => {
                let name = if self.tt.basic(e) == Some(Basic::Uint8) {
                    "rgo_string_from_bytes"
                } else {
                    "rgo_string_from_runes"
                };
                let p = self.eval(ids::UINTPTR, Rvalue::Part(v.clone(), 0));
                let l = self.eval(ids::INT, Rvalue::Part(v, 1));
                self.rt(name, to, vec![p, l])
            }
            (Type::Basic(_), Type::Slice(e)) if is_str(fb) => {
                let name = if self.tt.basic(e) == Some(Basic::Uint8) {
                    "rgo_bytes_from_string"
                } else {
                    "rgo_runes_from_string"
                };
                let [p, l] = self.string_parts(v);
                let out = self.temp(to);
                let callee = crate::ir::Callee::Runtime { name, sret: true };
                self.call(vec![Place::Local(out)], callee, vec![p, l]);
                Operand::Copy(Place::Local(out))
            }
            (Type::Basic(_), Type::Basic(_)) if is_str(tb) => {
                let r = self.eval(ids::INT64, Rvalue::Convert(v, ids::INT64));
                let r = if fb.is_some_and(|b| b.is_unsigned()) && self.size_of(from) == 8 {
                    // A uint64 above MaxInt64 is not a valid rune either.
                    self.clamp_rune(r)
                } else {
                    r
                };
                self.rt("rgo_string_from_rune", to, vec![r])
            }
            (Type::Slice(_), Type::Pointer(arr)) => self.slice_to_array_ptr(v, arr, to),
            // A zero-length array reads nothing (the slice may be nil);
            // otherwise the length check implies a valid pointer.
            (Type::Slice(_), Type::Array(0, _)) => Operand::Zero(to),
            (Type::Slice(_), Type::Array(..)) => {
                let pt = self.tt.pointer(to);
                let p = self.slice_to_array_ptr(v, to, pt);
                let a = self.local_of(p, pt);
                Operand::Copy(Place::Mem { addr: a, ty: to })
            }
            (Type::Basic(f), Type::Basic(t)) if f.is_complex() && t.is_complex() => {
                let (ff, tf) = (self.complex_part_type(from), self.complex_part_type(to));
                let re = self.eval(ff, Rvalue::Part(v.clone(), 0));
                let im = self.eval(ff, Rvalue::Part(v, 1));
                let re = self.eval(tf, Rvalue::Convert(re, tf));
                let im = self.eval(tf, Rvalue::Convert(im, tf));
                self.eval(to, Rvalue::Make(to, vec![re, im]))
            }
            (Type::Basic(_), Type::Basic(_)) => self.eval(to, Rvalue::Convert(v, to)),
            // Pointers, unsafe.Pointer, uintptr: the same bits.
            _ => self.retype(v, to),
        }
    }

    /// The same value under another type with the same representation.
    pub fn retype(&mut self, v: Operand, to: TypeId) -> Operand {
        match v {
            Operand::Const(c, _) => Operand::Const(c, to),
            Operand::Zero(_) => Operand::Zero(to),
            v if crate::ir::layout::is_ssa(self.tt, to) => self.eval(to, Rvalue::Use(v)),
            v => {
                let l = self.temp(to);
                self.assign(Place::Local(l), Rvalue::Use(v));
                Operand::Copy(Place::Local(l))
            }
        }
    }

    fn clamp_rune(&mut self, r: Operand) -> Operand {
        let neg = self.eval(
            ids::BOOL,
            Rvalue::Binary(
                BinaryOp::Lt,
                r.clone(),
                Operand::Zero(ids::INT64),
                ids::INT64,
            ),
        );
        let out = self.temp(ids::INT64);
        self.assign(Place::Local(out), Rvalue::Use(r));
        let (bad, ok) = self.branch(neg);
        self.switch_to(bad);
        self.assign(
            Place::Local(out),
            Rvalue::Use(Operand::Const(Const::int(0xFFFD), ids::INT64)),
        );
        self.terminate(Terminator::Goto(ok));
        self.switch_to(ok);
        Operand::Copy(Place::Local(out))
    }

    /// `(*[N]T)(s)`: panics unless `len(s) >= N`; the slice's pointer.
    fn slice_to_array_ptr(&mut self, v: Operand, arr: TypeId, to: TypeId) -> Operand {
        let n = match self.tt.under(arr) {
            Type::Array(n, _) => n,
            _ => 0,
        };
        let len = self.eval(ids::INT, Rvalue::Part(v.clone(), 1));
        let short = self.eval(
            ids::BOOL,
            Rvalue::Binary(BinaryOp::Lt, len.clone(), Builder::int(n as i64), ids::INT),
        );
        self.guard(
            short,
            "rgo_panic_slice_convert",
            vec![len, Builder::int(n as i64)],
        );
        let p = self.eval(ids::UINTPTR, Rvalue::Part(v, 0));
        self.retype(p, to)
    }
}
