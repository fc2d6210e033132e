//! This module implements lowering of builtin calls: len and cap, append
//! (growing through the runtime with gc's growth formula), copy, make,
//! new, delete and clear, min and max (NaN and signed-zero rules in the
//! runtime for floats), complex/real/imag, gc's print/println, panic and
//! recover, and the functions of package unsafe.

use super::Builder;
use crate::ir::{Callee, Operand, Place, Rvalue, Terminator};
use crate::syntax::ast::BinaryOp;
use crate::types::ty::{Basic, Type, TypeId, ids};
use crate::types::typed::{Builtin, Expr};

impl<'a, 'm> Builder<'a, 'm> {
    pub fn builtin(&mut self, which: &Builtin, args: &[Expr], spread: bool, ty: TypeId) -> Operand {
        match which {
            Builtin::Len | Builtin::Cap => self.len_cap(*which, &args[0]),
            Builtin::Append => self.append(args, spread, ty),
            Builtin::Print | Builtin::Println => {
                self.print(args, matches!(which, Builtin::Println));
                Operand::Zero(ids::INT)
            }
            Builtin::Panic => {
                let v = self.expr(&args[0]);
                self.gopanic(v);
                Operand::Zero(ids::INT)
            }
            Builtin::Recover => self.recover(),
            Builtin::Copy => self.copy(&args[0], &args[1]),
            Builtin::Delete => {
                let mt = self.norm(args[0].ty);
                let m = self.expr(&args[0]);
                let m = self.snapshot_if_place(m, mt);
                let k = self.key_addr(&args[1]);
                let desc = self.eval(ids::UINTPTR, Rvalue::TypeDesc(mt));
                self.rt0("rgo_mapdelete", vec![desc, m, k]);
                Operand::Zero(ids::INT)
            }
            Builtin::Clear => self.clear(&args[0]),
            Builtin::Make => self.make(args, ty),
            Builtin::New => {
                let elem = self.tt.pointee(ty).unwrap_or(ids::INT);
                self.eval(ty, Rvalue::New(elem))
            }
            Builtin::Min | Builtin::Max => self.min_max(*which, args, ty),
            Builtin::Complex => {
                let re = self.expr(&args[0]);
                let re = self.snapshot_if_place(re, self.norm(args[0].ty));
                let im = self.expr(&args[1]);
                self.eval(ty, Rvalue::Make(ty, vec![re, im]))
            }
            Builtin::Real | Builtin::Imag => {
                let v = self.expr(&args[0]);
                let i = if matches!(which, Builtin::Real) { 0 } else { 1 };
                self.eval(ty, Rvalue::Part(v, i))
            }
            Builtin::Close => {
                self.unsupported("channels");
                Operand::Zero(ty)
            }
            Builtin::UnsafeAdd
            | Builtin::UnsafeSlice
            | Builtin::UnsafeSliceData
            | Builtin::UnsafeString
            | Builtin::UnsafeStringData => self.unsafe_builtin(*which, args, ty),
        }
    }

    fn len_cap(&mut self, which: Builtin, x: &Expr) -> Operand {
        let xt = self.norm(x.ty);
        match self.tt.under(xt) {
            Type::Map(..) => {
                let m = self.expr(x);
                self.rt("rgo_maplen", ids::INT, vec![m])
            }
            Type::Array(n, _) => {
                // Evaluated only for the side effects of a call.
                if scan_has_call(x) {
                    self.expr(x);
                }
                Builder::int(n as i64)
            }
            _ => {
                let v = self.expr(x);
                let part = if matches!(which, Builtin::Len) { 1 } else { 2 };
                self.eval(ids::INT, Rvalue::Part(v, part))
            }
        }
    }

    /// `append(s, a, b)` or `append(s, t...)`: grows `s` when the new
    /// length exceeds its capacity, then stores the new elements.
    fn append(&mut self, args: &[Expr], spread: bool, ty: TypeId) -> Operand {
        let Type::Slice(elem) = self.tt.under(ty) else {
            return Operand::Zero(ty);
        };
        let s = self.expr(&args[0]);
        let s = self.snapshot_if_place(s, ty);
        let size = self.size_of(elem);
        let mut extra = Vec::new();
        for a in &args[1..] {
            let v = self.expr(a);
            let at = self.norm(a.ty);
            extra.push(self.snapshot_if_place(v, at));
        }
        let n = if spread {
            self.eval(ids::INT, Rvalue::Part(extra[0].clone(), 1))
        } else {
            Builder::int(extra.len() as i64)
        };
        let out = self.grow(s, n.clone(), ty, elem);
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
                Rvalue::Binary(BinaryOp::Mul, n, Builder::int(size as i64), ids::INT),
            );
            self.rt0("rgo_memmove", vec![dst, src, bytes]);
        } else {
            for (i, v) in extra.into_iter().enumerate() {
                let idx = self.eval(
                    ids::INT,
                    Rvalue::Binary(
                        BinaryOp::Add,
                        old_len.clone(),
                        Builder::int(i as i64),
                        ids::INT,
                    ),
                );
                let at = self.eval(ids::UINTPTR, Rvalue::PtrAdd(ptr.clone(), idx, size));
                self.store(at, elem, v);
            }
        }
        out
    }

    /// `s` with its length increased by `n`, reallocated by the runtime
    /// when the capacity is too small.
    fn grow(&mut self, s: Operand, n: Operand, ty: TypeId, elem: TypeId) -> Operand {
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
        let desc = self.eval(ids::UINTPTR, Rvalue::TypeDesc(elem));
        let args = vec![p.clone(), len, cap.clone(), new_len.clone(), desc];
        self.call(vec![Place::Local(out)], callee, args);
        self.terminate(Terminator::Goto(done));
        self.switch_to(fits);
        self.assign(Place::Local(out), Rvalue::Make(ty, vec![p, new_len, cap]));
        self.terminate(Terminator::Goto(done));
        self.switch_to(done);
        Operand::Copy(Place::Local(out))
    }

    /// `copy(dst, src)`: `min(len)` elements moved; src may be a string.
    fn copy(&mut self, dst: &Expr, src: &Expr) -> Operand {
        let dt = self.norm(dst.ty);
        let elem = self.elem_of(dt);
        let d = self.expr(dst);
        let d = self.snapshot_if_place(d, dt);
        let s = self.expr(src);
        let (dp, dl) = (
            self.eval(ids::UINTPTR, Rvalue::Part(d.clone(), 0)),
            self.eval(ids::INT, Rvalue::Part(d, 1)),
        );
        let (sp, sl) = (
            self.eval(ids::UINTPTR, Rvalue::Part(s.clone(), 0)),
            self.eval(ids::INT, Rvalue::Part(s, 1)),
        );
        let size = Builder::int(self.size_of(elem) as i64);
        self.rt("rgo_slicecopy", ids::INT, vec![dp, dl, sp, sl, size])
    }

    fn clear(&mut self, x: &Expr) -> Operand {
        let t = self.norm(x.ty);
        let v = self.expr(x);
        match self.tt.under(t) {
            Type::Map(..) => {
                let desc = self.eval(ids::UINTPTR, Rvalue::TypeDesc(t));
                self.rt0("rgo_mapclear", vec![desc, v]);
            }
            _ => {
                let elem = self.elem_of(t);
                let p = self.eval(ids::UINTPTR, Rvalue::Part(v.clone(), 0));
                let l = self.eval(ids::INT, Rvalue::Part(v, 1));
                let bytes = self.eval(
                    ids::INT,
                    Rvalue::Binary(
                        BinaryOp::Mul,
                        l,
                        Builder::int(self.size_of(elem) as i64),
                        ids::INT,
                    ),
                );
                self.rt0("rgo_memclr", vec![p, bytes]);
            }
        }
        Operand::Zero(ids::INT)
    }

    fn make(&mut self, args: &[Expr], ty: TypeId) -> Operand {
        let mut sizes = Vec::new();
        for a in args {
            let v = self.expr(a);
            let at = self.norm(a.ty);
            let v = self.snapshot_if_place(v, at);
            sizes.push(self.make_size(v, at));
        }
        match self.tt.under(ty) {
            Type::Map(..) => {
                let desc = self.eval(ids::UINTPTR, Rvalue::TypeDesc(ty));
                let hint = sizes.pop().unwrap_or(Builder::int(0));
                self.rt("rgo_makemap", ty, vec![desc, hint])
            }
            _ => {
                let elem = self.elem_of(ty);
                let len = sizes[0].clone();
                let cap = sizes.get(1).cloned().unwrap_or(len.clone());
                let desc = self.eval(ids::UINTPTR, Rvalue::TypeDesc(elem));
                let out = self.temp(ty);
                let callee = Callee::Runtime {
                    name: "rgo_makeslice",
                    sret: true,
                };
                self.call(vec![Place::Local(out)], callee, vec![len, cap, desc]);
                Operand::Copy(Place::Local(out))
            }
        }
    }

    /// A make size of any integer type as int64; a huge unsigned value
    /// becomes negative, which the runtime reports as out of range.
    fn make_size(&mut self, v: Operand, t: TypeId) -> Operand {
        if t == ids::INT {
            return v;
        }
        if let Operand::Const(c, _) = &v {
            return Operand::Const(c.clone(), ids::INT);
        }
        self.eval(ids::INT, Rvalue::Convert(v, ids::INT))
    }

    fn min_max(&mut self, which: Builtin, args: &[Expr], ty: TypeId) -> Operand {
        let mut acc = self.expr(&args[0]);
        acc = self.snapshot_if_place(acc, ty);
        for a in &args[1..] {
            let v = self.expr(a);
            let v = self.snapshot_if_place(v, ty);
            acc = self.min_max2(which, acc, v, ty);
        }
        acc
    }

    fn min_max2(&mut self, which: Builtin, a: Operand, b: Operand, ty: TypeId) -> Operand {
        let is_min = matches!(which, Builtin::Min);
        if let Some(k) = self.tt.basic(ty).filter(|k| k.is_float()) {
            let name = match (k == Basic::Float32, is_min) {
                (true, true) => "rgo_fmin32",
                (true, false) => "rgo_fmax32",
                (false, true) => "rgo_fmin64",
                (false, false) => "rgo_fmax64",
            };
            return self.rt(name, ty, vec![a, b]);
        }
        if self.tt.pred(ty, Basic::is_string) {
            // cmp(b, a) < 0 (min) or > 0 (max): b wins.
            let mut args = self.string_parts(b.clone()).to_vec();
            args.extend(self.string_parts(a.clone()));
            let cmp = self.rt("rgo_string_cmp", ids::INT, args);
            let op = if is_min { BinaryOp::Lt } else { BinaryOp::Gt };
            let take_b = self.eval(
                ids::BOOL,
                Rvalue::Binary(op, cmp, Builder::int(0), ids::INT),
            );
            return self.select(take_b, b, a, ty);
        }
        let op = if is_min { BinaryOp::Lt } else { BinaryOp::Gt };
        let take_b = self.eval(ids::BOOL, Rvalue::Binary(op, b.clone(), a.clone(), ty));
        self.select(take_b, b, a, ty)
    }

    /// `if c { x } else { y }` as control flow.
    pub fn select(&mut self, c: Operand, x: Operand, y: Operand, ty: TypeId) -> Operand {
        let out = self.temp(ty);
        self.assign(Place::Local(out), Rvalue::Use(y));
        let (yes, done) = self.branch(c);
        self.switch_to(yes);
        self.assign(Place::Local(out), Rvalue::Use(x));
        self.terminate(Terminator::Goto(done));
        self.switch_to(done);
        Operand::Copy(Place::Local(out))
    }

    fn unsafe_builtin(&mut self, which: Builtin, args: &[Expr], ty: TypeId) -> Operand {
        let x = self.expr(&args[0]);
        let xt = self.norm(args[0].ty);
        let x = self.snapshot_if_place(x, xt);
        match which {
            Builtin::UnsafeAdd => {
                let n = self.expr(&args[1]);
                let n = self.index_int(n, self.norm(args[1].ty));
                self.eval(ty, Rvalue::PtrAdd(x, n, 1))
            }
            Builtin::UnsafeSliceData => {
                let p = self.eval(ids::UINTPTR, Rvalue::Part(x, 0));
                self.retype(p, ty)
            }
            Builtin::UnsafeStringData => {
                let p = self.eval(ids::UINTPTR, Rvalue::Part(x, 0));
                self.retype(p, ty)
            }
            _ => {
                let n = self.expr(&args[1]);
                let n = self.index_int(n, self.norm(args[1].ty));
                let n = self.snapshot_if_place(n, ids::INT);
                let neg = self.eval(
                    ids::BOOL,
                    Rvalue::Binary(BinaryOp::Lt, n.clone(), Builder::int(0), ids::INT),
                );
                let name = if matches!(which, Builtin::UnsafeSlice) {
                    "rgo_panic_unsafe_slice_len"
                } else {
                    "rgo_panic_unsafe_string_len"
                };
                self.guard(neg, name, Vec::new());
                let p = self.retype(x, ids::UINTPTR);
                if matches!(which, Builtin::UnsafeSlice) {
                    self.eval(ty, Rvalue::Make(ty, vec![p, n.clone(), n]))
                } else {
                    self.eval(ty, Rvalue::Make(ty, vec![p, n]))
                }
            }
        }
    }

    fn print(&mut self, args: &[Expr], ln: bool) {
        let mut vals = Vec::new();
        for a in args {
            let t = self.norm(a.ty);
            let v = self.expr(a);
            vals.push((self.snapshot_if_place(v, t), t));
        }
        self.rt0("rgo_print_lock", Vec::new());
        for (i, (v, t)) in vals.into_iter().enumerate() {
            if ln && i > 0 {
                self.rt0("rgo_print_space", Vec::new());
            }
            self.print_one(v, t);
        }
        if ln {
            self.rt0("rgo_print_nl", Vec::new());
        }
        self.rt0("rgo_print_unlock", Vec::new());
    }

    fn print_one(&mut self, v: Operand, t: TypeId) {
        match self.tt.under(t) {
            Type::Basic(b) if b.is_boolean() => self.rt0("rgo_print_bool", vec![v]),
            Type::Basic(b) if b.is_string() => {
                let [p, l] = self.string_parts(v);
                self.rt0("rgo_print_string", vec![p, l]);
            }
            Type::Basic(b) if b.is_float() => {
                let f = self.eval(ids::FLOAT64, Rvalue::Convert(v, ids::FLOAT64));
                self.rt0("rgo_print_float", vec![f]);
            }
            Type::Basic(b) if b.is_complex() => {
                let ft = self.complex_part_type(t);
                let re = self.eval(ft, Rvalue::Part(v.clone(), 0));
                let im = self.eval(ft, Rvalue::Part(v, 1));
                let re = self.eval(ids::FLOAT64, Rvalue::Convert(re, ids::FLOAT64));
                let im = self.eval(ids::FLOAT64, Rvalue::Convert(im, ids::FLOAT64));
                self.rt0("rgo_print_complex", vec![re, im]);
            }
            Type::Basic(b) if b.is_unsigned() => {
                let w = self.eval(ids::UINT64, Rvalue::Convert(v, ids::UINT64));
                self.rt0("rgo_print_uint", vec![w]);
            }
            Type::Basic(Basic::UnsafePointer) => {
                let w = self.retype(v, ids::UINTPTR);
                self.rt0("rgo_print_pointer", vec![w]);
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
            Type::Interface(ms) => {
                let parts: Vec<Operand> = (0..2)
                    .map(|i| self.eval(ids::UINTPTR, Rvalue::Part(v.clone(), i)))
                    .collect();
                let _ = ms;
                self.rt0("rgo_print_iface", parts);
            }
            _ => {
                let w = self.retype(v, ids::UINTPTR);
                self.rt0("rgo_print_pointer", vec![w]);
            }
        }
    }
}

fn scan_has_call(x: &Expr) -> bool {
    let mut found = false;
    super::scan::walk_expr(x, &mut |e| {
        if matches!(
            e.kind,
            crate::types::typed::ExprKind::Call { .. }
                | crate::types::typed::ExprKind::MapIndex { .. }
        ) {
            found = true;
        }
    });
    found
}
