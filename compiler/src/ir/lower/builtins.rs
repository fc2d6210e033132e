//! This module implements lowering of builtin calls: len, cap, append
//! (growing through the runtime with Go's growth formula) and gc's
//! print/println, which write each operand through a typed runtime
//! printer under the print lock.

use super::Builder;
use crate::ir::{Callee, Operand, Place, Rvalue};
use crate::syntax::ast::BinaryOp;
use crate::types::constant::Const;
use crate::types::ty::{Type, TypeId, ids};
use crate::types::typed::{Builtin, Expr};

fn int(v: i128) -> Operand {
    Operand::Const(Const::Int(v), ids::INT)
}

impl<'a> Builder<'a> {
    pub fn builtin(&mut self, which: &Builtin, args: &[Expr], spread: bool, ty: TypeId) -> Operand {
        match which {
            Builtin::Len | Builtin::Cap => {
                let x = self.expr(&args[0]);
                let part = if matches!(which, Builtin::Len) { 1 } else { 2 };
                self.eval(ids::INT, Rvalue::Part(x, part))
            }
            Builtin::Append => self.append(args, spread, ty),
            Builtin::Print | Builtin::Println => {
                self.print(args, matches!(which, Builtin::Println));
                Operand::Zero(ids::INT)
            }
            Builtin::Panic => {
                let v = self.expr(&args[0]);
                let t = self.eval(ids::UINTPTR, Rvalue::Part(v.clone(), 0));
                let d = self.eval(ids::UINTPTR, Rvalue::Part(v, 1));
                self.rt_noreturn("rgo_panic", vec![t, d]);
                let next = self.new_block();
                self.switch_to(next);
                Operand::Zero(ids::INT)
            }
        }
    }

    /// `append(s, a, b)` or `append(s, t...)`: grows `s` when the new
    /// length exceeds its capacity, then stores the new elements.
    fn append(&mut self, args: &[Expr], spread: bool, ty: TypeId) -> Operand {
        let Type::Slice(elem) = *self.tt.get(self.tt.underlying(ty)) else {
            return Operand::Zero(ty);
        };
        let s = self.expr(&args[0]);
        let (size, align) = (self.size_of(elem), self.align_of(elem));
        let extra: Vec<Operand> = args[1..].iter().map(|a| self.expr(a)).collect();
        let n = if spread {
            self.eval(ids::INT, Rvalue::Part(extra[0].clone(), 1))
        } else {
            int(extra.len() as i128)
        };
        let out = self.grow(s, n.clone(), ty, size, align);
        let ptr = self.eval(ids::UINTPTR, Rvalue::Part(out.clone(), 0));
        let new_len = self.eval(ids::INT, Rvalue::Part(out.clone(), 1));
        let old_len = self.eval(
            ids::INT,
            Rvalue::Binary(BinaryOp::Sub, new_len, n.clone(), ids::INT),
        );
        if spread {
            let dst = self.eval(ids::UINTPTR, Rvalue::PtrAdd(ptr, old_len, size));
            let src = self.eval(ids::UINTPTR, Rvalue::Part(extra[0].clone(), 0));
            let bytes = self.eval(
                ids::INT,
                Rvalue::Binary(BinaryOp::Mul, n, int(size as i128), ids::INT),
            );
            self.rt0("rgo_memmove", vec![dst, src, bytes]);
        } else {
            for (i, v) in extra.into_iter().enumerate() {
                let idx = self.eval(
                    ids::INT,
                    Rvalue::Binary(BinaryOp::Add, old_len.clone(), int(i as i128), ids::INT),
                );
                let at = self.eval(ids::UINTPTR, Rvalue::PtrAdd(ptr.clone(), idx, size));
                self.store(at, elem, v);
            }
        }
        out
    }

    /// `s` with its length increased by `n`, reallocated by the runtime
    /// when the capacity is too small.
    fn grow(&mut self, s: Operand, n: Operand, ty: TypeId, size: u64, align: u64) -> Operand {
        let s = Operand::Copy(Place::Local(self.local_of(s, ty)));
        let (p, len, cap) = (
            self.eval(ids::UINTPTR, Rvalue::Part(s.clone(), 0)),
            self.eval(ids::INT, Rvalue::Part(s.clone(), 1)),
            self.eval(ids::INT, Rvalue::Part(s, 2)),
        );
        let new_len = self.eval(
            ids::INT,
            Rvalue::Binary(BinaryOp::Add, len.clone(), n, ids::INT),
        );
        let out = self.temp(ty);
        let full = self.eval(
            ids::BOOL,
            Rvalue::Binary(BinaryOp::Gt, new_len.clone(), cap.clone(), ids::UINT),
        );
        let (grow, fits) = self.branch(full);
        let done = self.new_block();
        self.switch_to(grow);
        let callee = Callee::Runtime {
            name: "rgo_growslice",
            sret: true,
        };
        let has_pointers = Operand::Const(Const::Bool(self.has_pointers(ty)), ids::BOOL);
        let args = vec![
            p.clone(),
            len,
            cap.clone(),
            new_len.clone(),
            int(size as i128),
            int(align as i128),
            has_pointers,
        ];
        self.call(vec![Place::Local(out)], callee, args);
        self.terminate(crate::ir::Terminator::Goto(done));
        self.switch_to(fits);
        self.assign(Place::Local(out), Rvalue::Make(ty, vec![p, new_len, cap]));
        self.terminate(crate::ir::Terminator::Goto(done));
        self.switch_to(done);
        Operand::Copy(Place::Local(out))
    }

    fn print(&mut self, args: &[Expr], ln: bool) {
        self.rt0("rgo_print_lock", Vec::new());
        for (i, a) in args.iter().enumerate() {
            if ln && i > 0 {
                self.rt0("rgo_print_space", Vec::new());
            }
            let t = self.norm(a.ty);
            let v = self.expr(a);
            self.print_one(v, t);
        }
        if ln {
            self.rt0("rgo_print_nl", Vec::new());
        }
        self.rt0("rgo_print_unlock", Vec::new());
    }

    fn print_one(&mut self, v: Operand, t: TypeId) {
        let under = self.tt.get(self.tt.underlying(t)).clone();
        match under {
            Type::Basic(b) if b.is_boolean() => self.rt0("rgo_print_bool", vec![v]),
            Type::Basic(b) if b.is_string() => {
                let p = self.eval(ids::UINTPTR, Rvalue::Part(v.clone(), 0));
                let l = self.eval(ids::INT, Rvalue::Part(v, 1));
                self.rt0("rgo_print_string", vec![p, l]);
            }
            Type::Basic(b) if b.is_unsigned() => {
                let w = self.eval(ids::UINT64, Rvalue::Convert(v, ids::UINT64));
                self.rt0("rgo_print_uint", vec![w]);
            }
            Type::Basic(_) => {
                let w = self.eval(ids::INT64, Rvalue::Convert(v, ids::INT64));
                self.rt0("rgo_print_int", vec![w]);
            }
            Type::Slice(_) => {
                let parts: Vec<Operand> = (0..3)
                    .map(|i| self.eval(ids::INT, Rvalue::Part(v.clone(), i)))
                    .collect();
                self.rt0("rgo_print_slice", parts);
            }
            Type::Interface(_) => {
                let parts: Vec<Operand> = (0..2)
                    .map(|i| self.eval(ids::UINTPTR, Rvalue::Part(v.clone(), i)))
                    .collect();
                self.rt0("rgo_print_iface", parts);
            }
            _ => self.rt0("rgo_print_pointer", vec![v]),
        }
    }
}
