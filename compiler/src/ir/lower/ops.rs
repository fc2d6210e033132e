//! This module implements lowering of operators and conversions:
//! short-circuit `&&`/`||` as control flow, division with Go's checks
//! (zero divisor panics, `MinInt / -1` wraps), shifts with Go's semantics
//! for large and negative counts, string concatenation and comparison
//! through the runtime, and conversions between integers and strings.

use super::Builder;
use crate::ir::{Operand, Place, Rvalue, Terminator};
use crate::syntax::ast::{BinaryOp, UnaryOp};
use crate::types::constant::Const;
use crate::types::ty::{Type, TypeId, ids};
use crate::types::typed::Expr;

fn int(v: i128) -> Operand {
    Operand::Const(Const::Int(v), ids::INT)
}

impl<'a> Builder<'a> {
    pub fn binary(&mut self, op: BinaryOp, x: &Expr, y: &Expr, ty: TypeId) -> Operand {
        if matches!(op, BinaryOp::LAnd | BinaryOp::LOr) {
            return self.short_circuit(op, x, y);
        }
        let ot = self.norm(x.ty);
        if self.tt.pred(ot, |b| b.is_string()) {
            return self.string_op(op, x, y, ty);
        }
        if self.tt.is_interface(ot) {
            return self.iface_compare(op, x, y);
        }
        let a = self.expr(x);
        let b = self.expr(y);
        match op {
            BinaryOp::Div | BinaryOp::Rem => self.divide(op, a, b, ot),
            BinaryOp::Shl | BinaryOp::Shr => self.shift(op, a, b, ot, self.norm(y.ty)),
            _ => self.eval(ty, Rvalue::Binary(op, a, b, ot)),
        }
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
    fn divide(&mut self, op: BinaryOp, a: Operand, b: Operand, t: TypeId) -> Operand {
        // A constant divisor is never zero (the checker rejects that); only
        // -1 needs the overflow path.
        if let Operand::Const(Const::Int(c), _) = b
            && c != -1
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
                Operand::Const(Const::Int(-1), t),
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
    fn shift(&mut self, op: BinaryOp, a: Operand, n: Operand, t: TypeId, nt: TypeId) -> Operand {
        if let Operand::Const(Const::Int(c), _) = n {
            let bits = self.size_of(t) as i128 * 8;
            if c < bits {
                return self.eval(
                    t,
                    Rvalue::Binary(op, a, Operand::Const(Const::Int(c), ids::UINT), t),
                );
            }
        }
        let n = if nt == ids::UINT {
            n
        } else {
            self.eval(ids::UINT, Rvalue::Convert(n, ids::UINT))
        };
        if !self.tt.pred(nt, |k| k.is_unsigned()) {
            let neg = self.eval(
                ids::BOOL,
                Rvalue::Binary(BinaryOp::Lt, n.clone(), Operand::Zero(ids::INT), ids::INT),
            );
            self.guard(neg, "rgo_panic_shift", Vec::new());
        }
        // Codegen implements Go's large-count semantics for Binary shifts
        // with a non-constant count.
        self.eval(t, Rvalue::Binary(op, a, n, t))
    }

    fn string_op(&mut self, op: BinaryOp, x: &Expr, y: &Expr, ty: TypeId) -> Operand {
        let a = self.expr(x);
        let b = self.expr(y);
        let parts = |s: &mut Self, v: Operand| {
            let p = s.eval(ids::UINTPTR, Rvalue::Part(v.clone(), 0));
            let l = s.eval(ids::INT, Rvalue::Part(v, 1));
            [p, l]
        };
        let mut args = parts(self, a).to_vec();
        args.extend(parts(self, b));
        if op == BinaryOp::Add {
            return self.rt("rgo_string_concat", ids::STRING, args);
        }
        let cmp = self.rt("rgo_string_cmp", ids::INT, args);
        self.eval(ty, Rvalue::Binary(op, cmp, int(0), ids::INT))
    }

    /// Conversions between non-interface types.
    pub fn convert(&mut self, x: &Expr, to: TypeId) -> Operand {
        let from = self.norm(x.ty);
        let v = self.expr(x);
        let (uf, ut) = (self.tt.underlying(from), self.tt.underlying(to));
        if uf == ut {
            return self.eval(to, Rvalue::Use(v));
        }
        let is_str = |s: &Self, t| s.tt.pred(t, |b| b.is_string());
        let elem_of = |s: &Self, t: TypeId| match s.tt.get(t) {
            Type::Slice(e) => Some(*e),
            _ => None,
        };
        match (is_str(self, uf), is_str(self, ut)) {
            (false, true) if elem_of(self, uf).is_some() => {
                let e = elem_of(self, uf);
                let name = if e == Some(ids::UINT8) {
                    "rgo_string_from_bytes"
                } else {
                    "rgo_string_from_runes"
                };
                let p = self.eval(ids::UINTPTR, Rvalue::Part(v.clone(), 0));
                let l = self.eval(ids::INT, Rvalue::Part(v, 1));
                self.rt(name, to, vec![p, l])
            }
            (false, true) => {
                let r = self.eval(ids::INT64, Rvalue::Convert(v, ids::INT64));
                self.rt("rgo_string_from_rune", to, vec![r])
            }
            (true, false) => {
                let e = elem_of(self, ut);
                let name = if e == Some(ids::UINT8) {
                    "rgo_bytes_from_string"
                } else {
                    "rgo_runes_from_string"
                };
                let p = self.eval(ids::UINTPTR, Rvalue::Part(v.clone(), 0));
                let l = self.eval(ids::INT, Rvalue::Part(v, 1));
                let out = self.temp(to);
                let callee = crate::ir::Callee::Runtime { name, sret: true };
                self.call(vec![Place::Local(out)], callee, vec![p, l]);
                Operand::Copy(Place::Local(out))
            }
            _ => self.eval(to, Rvalue::Convert(v, to)),
        }
    }
}
