//! This module implements calls: direct calls of module functions, calls
//! of func values (the closure object is the context), calls of code
//! addresses (interface methods), and runtime calls. Arguments follow
//! abi.rs: a memory-only argument is copied into a stack slot of the
//! caller and passed by address; a memory-only result is written by the
//! callee through a pointer to a caller slot, then copied to its place.

use super::CodegenError;
use super::abi::{CallAbi, func_type_parts, parts, scalar_type};
use super::func::Cx;
use super::place::{CVal, flags};
use crate::ir::{Abi, Callee, Operand, Place};
use crate::types::ty::TypeId;
use cranelift_codegen::ir::{InstBuilder, StackSlotData, StackSlotKind, Value, types};

impl Cx<'_, '_, '_> {
    pub fn call(
        &mut self,
        dests: &[Place],
        callee: &Callee,
        args: &[Operand],
    ) -> Result<(), CodegenError> {
        if let Callee::Runtime { name, sret } = callee {
            let mut argv = Vec::new();
            for a in args {
                argv.extend(self.parts_of(a)?);
            }
            return self.runtime_call(name, *sret, dests, argv);
        }
        let (abi, params, results, target) = match callee {
            Callee::Func(f) => {
                let func = &self.g.module_funcs[*f as usize];
                let (abi, ps, rs) = (func.0, func.1.clone(), func.2.clone());
                let abi = CallAbi::new(self.g.tt, abi, &ps, &rs);
                (abi, ps, rs, Target::Direct(*f))
            }
            Callee::Closure(fv) => {
                let ft = self.operand_ty(fv);
                let (ps, rs) = func_type_parts(self.g.tt, ft);
                let abi = CallAbi::new(self.g.tt, Abi::Go, &ps, &rs);
                let obj = self.one(fv)?;
                (abi, ps, rs, Target::Closure(obj))
            }
            Callee::Code { code, sig } => {
                let (ps, rs) = func_type_parts(self.g.tt, *sig);
                let abi = CallAbi::new(self.g.tt, Abi::Go, &ps, &rs);
                let c = self.one(code)?;
                (abi, ps, rs, Target::Code(c))
            }
            Callee::Runtime { .. } => unreachable!(),
        };
        let mut argv = Vec::new();
        match &target {
            Target::Closure(obj) if abi.ctx => argv.push(*obj),
            _ if abi.ctx => argv.push(self.b.ins().iconst(types::I64, 0)),
            _ => {}
        }
        let mut ret_slots = Vec::new();
        for (r, by_ref) in results.iter().zip(&abi.by_ref_results) {
            if *by_ref {
                let slot = self.temp_slot(*r);
                argv.push(self.b.ins().stack_addr(types::I64, slot, 0));
                ret_slots.push(Some(slot));
            } else {
                ret_slots.push(None);
            }
        }
        for ((a, t), by_ref) in args.iter().zip(&params).zip(&abi.by_ref_params) {
            if *by_ref {
                argv.push(self.arg_copy(a, *t)?);
            } else {
                argv.extend(self.parts_of(a)?);
            }
        }
        let sig = abi.signature(self.g, &params, &results);
        let call = match target {
            Target::Direct(f) => {
                let fref = self
                    .g
                    .obj_declare_func_in_func(self.g.funcs[f as usize], self.b.func);
                self.b.ins().call(fref, &argv)
            }
            Target::Closure(obj) => {
                let code = self.b.ins().load(types::I64, flags(), obj, 0);
                let sref = self.b.import_signature(sig);
                self.b.ins().call_indirect(sref, code, &argv)
            }
            Target::Code(code) => {
                let sref = self.b.import_signature(sig);
                self.b.ins().call_indirect(sref, code, &argv)
            }
        };
        let vals = self.b.inst_results(call).to_vec();
        self.distribute(dests, &results, &ret_slots, &vals)
    }

    /// A stack slot for a value of type `t`.
    fn temp_slot(&mut self, t: TypeId) -> cranelift_codegen::ir::StackSlot {
        let sa = self.g.tt.size_align(t);
        self.b.create_sized_stack_slot(StackSlotData::new(
            StackSlotKind::ExplicitSlot,
            sa.size.min(u32::MAX as u64) as u32,
            (sa.align.max(1).trailing_zeros() as u8).max(3),
        ))
    }

    /// A memory-only argument: a copy the callee owns, by address.
    fn arg_copy(&mut self, a: &Operand, t: TypeId) -> Result<Value, CodegenError> {
        let slot = self.temp_slot(t);
        let dst = self.b.ins().stack_addr(types::I64, slot, 0);
        match self.operand(a)? {
            CVal::Addr(src) => self.copy_value(dst, src, t),
            CVal::Zero => {
                let sa = self.g.tt.size_align(t);
                self.zero_bytes(dst, sa.size, sa.align);
            }
            CVal::Parts(_) => return self.err("parts for a by-reference argument"),
        }
        Ok(dst)
    }

    /// Stores the results into the destination places.
    fn distribute(
        &mut self,
        dests: &[Place],
        results: &[TypeId],
        ret_slots: &[Option<cranelift_codegen::ir::StackSlot>],
        vals: &[Value],
    ) -> Result<(), CodegenError> {
        let mut rest = vals;
        for (i, t) in results.iter().enumerate() {
            let v = match ret_slots.get(i).copied().flatten() {
                Some(slot) => CVal::Addr(self.b.ins().stack_addr(types::I64, slot, 0)),
                None => {
                    let n = parts(self.g.tt, *t).len();
                    if rest.len() < n {
                        return self.err("too few call results");
                    }
                    let (now, later) = rest.split_at(n);
                    rest = later;
                    CVal::Parts(now.to_vec())
                }
            };
            if let Some(d) = dests.get(i) {
                self.write(d, v)?;
            }
        }
        Ok(())
    }

    fn runtime_call(
        &mut self,
        name: &'static str,
        sret: bool,
        dests: &[Place],
        mut argv: Vec<Value>,
    ) -> Result<(), CodegenError> {
        let id = self.g.runtime_func(name)?;
        let fref = self.g.obj_declare_func_in_func(id, self.b.func);
        if !sret {
            let call = self.b.ins().call(fref, &argv);
            let results = self.b.inst_results(call).to_vec();
            let mut rest = results.as_slice();
            for d in dests {
                let t = self.place_ty(d);
                let n = parts(self.g.tt, t).len();
                if rest.len() < n {
                    return self.err(format!("{name}: too few results"));
                }
                let (now, later) = rest.split_at(n);
                rest = later;
                let now = self.fit_types(now, t);
                self.write_parts(d, t, &now)?;
            }
            return Ok(());
        }
        let Some(dest) = dests.first() else {
            return self.err("sret call without destination");
        };
        let t = self.place_ty(dest);
        let slot = self.temp_slot(t);
        let addr = self.b.ins().stack_addr(types::I64, slot, 0);
        argv.insert(0, addr);
        self.b.ins().call(fref, &argv);
        let vals: Vec<Value> = crate::ir::layout::parts(self.g.tt, t)
            .iter()
            .map(|(off, s)| {
                self.b
                    .ins()
                    .stack_load(types::I64, scalar_type(*s), slot, *off as i32)
            })
            .collect();
        self.write_parts(dest, t, &vals)
    }

    /// Runtime results declared wider than the destination (a u64 flag
    /// into a bool) are narrowed.
    fn fit_types(&mut self, vals: &[Value], t: TypeId) -> Vec<Value> {
        let want = parts(self.g.tt, t);
        vals.iter()
            .zip(want)
            .map(|(v, w)| {
                let have = self.b.func.dfg.value_type(*v);
                if have == w || have.is_float() || w.is_float() {
                    *v
                } else if have.bits() > w.bits() {
                    self.b.ins().ireduce(w, *v)
                } else {
                    self.b.ins().uextend(w, *v)
                }
            })
            .collect()
    }
}

enum Target {
    Direct(u32),
    Closure(Value),
    Code(Value),
}
