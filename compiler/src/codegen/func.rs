//! This module implements the translation of one IR function to Cranelift.
//!
//! Each IR local is kept one of three ways: as one Cranelift `Variable`
//! per scalar part (SSA types whose address is never taken), in a stack
//! slot (memory-only types, and locals whose address is taken), or, for a
//! memory-only parameter, at the address the caller passed. Each IR block
//! maps to one Cranelift block; all are sealed at the end. place.rs reads
//! and writes places, ops.rs translates operators and conversions,
//! call.rs calls.

use super::abi::{CallAbi, parts};
use super::{CodegenError, Gen};
use crate::ir::{Function, Inst, Local, Place, Rvalue, Terminator};
use crate::types::ty::TypeId;
use cranelift_codegen::ir::{
    self as cl, InstBuilder, StackSlot, StackSlotData, StackSlotKind, TrapCode, Value, types,
};
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext, Variable};
use cranelift_module::Module as _;

/// How an IR local is stored.
#[derive(Clone)]
pub(super) enum Repr {
    Vars(Vec<Variable>),
    Slot(StackSlot),
    /// At the address held by this variable (a by-reference parameter).
    ByRef(Variable),
}

pub(super) struct Cx<'g, 'a, 'b> {
    pub g: &'g mut Gen<'a>,
    pub f: &'g Function,
    pub b: FunctionBuilder<'b>,
    pub locals: Vec<Repr>,
    pub blocks: Vec<cl::Block>,
    /// Pointers to the memory-only results, passed by the caller.
    pub sret: Vec<Option<Variable>>,
}

pub fn translate(
    g: &mut Gen,
    f: &Function,
    func: &mut cl::Function,
    fctx: &mut FunctionBuilderContext,
) -> Result<(), CodegenError> {
    let frontend_config = g.obj.isa().frontend_config();
    let mut b = FunctionBuilder::new(func, fctx);
    let in_memory = memory_locals(g, f);
    let locals = f
        .locals
        .iter()
        .enumerate()
        .map(|(i, t)| local_repr(g, &mut b, *t, in_memory[i]))
        .collect();
    let blocks = f.blocks.iter().map(|_| b.create_block()).collect();
    let mut cx = Cx {
        g,
        f,
        b,
        locals,
        blocks,
        sret: Vec::new(),
    };
    cx.entry();
    for (i, block) in f.blocks.iter().enumerate() {
        cx.b.switch_to_block(cx.blocks[i]);
        for inst in &block.insts {
            cx.inst(inst)?;
        }
        cx.term(&block.term)?;
    }
    cx.b.seal_all_blocks();
    cx.b.finalize(frontend_config);
    Ok(())
}

/// Locals that must live in memory: memory-only types, and locals whose
/// address is taken.
fn memory_locals(g: &Gen, f: &Function) -> Vec<bool> {
    let mut out: Vec<bool> = f
        .locals
        .iter()
        .map(|t| !crate::ir::layout::is_ssa(g.tt, *t))
        .collect();
    let mut mark = |p: &Place| {
        if let Place::Local(l) = p.root() {
            out[l.0 as usize] = true;
        }
    };
    for b in &f.blocks {
        for i in &b.insts {
            if let Inst::Assign(_, Rvalue::AddrOf(p)) = i {
                mark(p);
            }
        }
        if let Terminator::DeferSetup { frame, .. } = &b.term {
            mark(&Place::Local(*frame));
        }
    }
    out
}

fn local_repr(g: &Gen, b: &mut FunctionBuilder, t: TypeId, in_memory: bool) -> Repr {
    if in_memory {
        let sa = g.tt.size_align(t);
        let align = sa.align.max(1).trailing_zeros() as u8;
        let slot = b.create_sized_stack_slot(StackSlotData::new(
            StackSlotKind::ExplicitSlot,
            sa.size.min(u32::MAX as u64) as u32,
            align.max(3),
        ));
        return Repr::Slot(slot);
    }
    Repr::Vars(
        parts(g.tt, t)
            .into_iter()
            .map(|ty| b.declare_var(ty))
            .collect(),
    )
}

impl Cx<'_, '_, '_> {
    /// Binds the parameters and defines every SSA variable (Go zeroes
    /// variables; the IR relies on each being defined on every path).
    fn entry(&mut self) {
        let entry = self.b.create_block();
        self.b.append_block_params_for_function_params(entry);
        self.b.switch_to_block(entry);
        let params: Vec<Value> = self.b.block_params(entry).to_vec();
        let mut it = params.into_iter();
        for l in 0..self.locals.len() {
            if let Repr::Vars(vars) = self.locals[l].clone() {
                let tys = parts(self.g.tt, self.f.locals[l]);
                for (v, ty) in vars.into_iter().zip(tys) {
                    let z = self.zero(ty);
                    self.b.def_var(v, z);
                }
            }
        }
        let (ps, rs) = super::abi::fn_types(self.f);
        let abi = CallAbi::new(self.g.tt, self.f.abi, &ps, &rs);
        if abi.ctx {
            let ctx = it.next().expect("context parameter");
            if let Some(l) = self.f.ctx {
                self.set_local_parts(l, &[ctx]);
            }
        }
        for by_ref in abi.by_ref_results.clone() {
            self.sret.push(by_ref.then(|| {
                let v = self.b.declare_var(types::I64);
                let p = it.next().expect("result pointer");
                self.b.def_var(v, p);
                v
            }));
        }
        for (p, by_ref) in self.f.params.clone().iter().zip(abi.by_ref_params) {
            if by_ref {
                let v = self.b.declare_var(types::I64);
                let a = it.next().expect("parameter pointer");
                self.b.def_var(v, a);
                self.locals[p.0 as usize] = Repr::ByRef(v);
                continue;
            }
            let n = parts(self.g.tt, self.f.locals[p.0 as usize]).len();
            let vals: Vec<Value> = it.by_ref().take(n).collect();
            self.set_local_parts(*p, &vals);
        }
        let first = self.blocks[0];
        self.b.ins().jump(first, &[]);
    }

    /// Stores scalar parts into a local, whatever its representation.
    fn set_local_parts(&mut self, l: Local, vals: &[Value]) {
        let t = self.f.locals[l.0 as usize];
        let _ = self.write_parts(&Place::Local(l), t, vals);
    }

    pub fn zero(&mut self, ty: cl::Type) -> Value {
        match ty {
            types::F32 => self.b.ins().f32const(0.0),
            types::F64 => self.b.ins().f64const(0.0),
            _ => self.b.ins().iconst(ty, 0),
        }
    }

    pub fn err<T>(&self, msg: impl Into<String>) -> Result<T, CodegenError> {
        Err(CodegenError(format!("{}: {}", self.f.symbol, msg.into())))
    }

    fn inst(&mut self, i: &Inst) -> Result<(), CodegenError> {
        match i {
            Inst::Assign(p, r) => self.assign(p, r),
            Inst::Call {
                dests,
                callee,
                args,
            } => self.call(dests, callee, args),
            Inst::Pos(span) => {
                let loc = self.g.pcln.loc(*span);
                self.b.set_srcloc(loc);
                Ok(())
            }
        }
    }

    fn term(&mut self, t: &Terminator) -> Result<(), CodegenError> {
        match t {
            Terminator::Goto(b) => {
                self.b.ins().jump(self.blocks[b.0 as usize], &[]);
            }
            Terminator::Branch(c, t, f) => {
                let v = self.one(c)?;
                let (tb, fb) = (self.blocks[t.0 as usize], self.blocks[f.0 as usize]);
                self.b.ins().brif(v, tb, &[], fb, &[]);
            }
            Terminator::Return(locals) => self.ret(locals)?,
            Terminator::Unreachable => {
                self.b.ins().trap(TrapCode::unwrap_user(1));
            }
            Terminator::DeferSetup {
                frame,
                frame_ptr,
                next,
                recovered,
            } => self.defer_setup(*frame, *frame_ptr, *next, *recovered)?,
        }
        Ok(())
    }

    fn ret(&mut self, locals: &[Local]) -> Result<(), CodegenError> {
        let mut vals = Vec::new();
        for (i, l) in locals.iter().enumerate() {
            let t = self.f.locals[l.0 as usize];
            match self.sret.get(i).copied().flatten() {
                Some(ptr) => {
                    let dst = self.b.use_var(ptr);
                    let src = self.place_addr(&Place::Local(*l))?;
                    self.copy_value(dst, src, t);
                }
                None => vals.extend(self.read_parts(&Place::Local(*l), t)?),
            }
        }
        self.b.ins().return_(&vals);
        Ok(())
    }

    /// `setjmp` on the defer frame; a recovered panic returns (nonzero)
    /// the frame address, which the recovered path gets as `frame_ptr`.
    fn defer_setup(
        &mut self,
        frame: Local,
        frame_ptr: Local,
        next: crate::ir::BlockId,
        recovered: crate::ir::BlockId,
    ) -> Result<(), CodegenError> {
        let addr = self.place_addr(&Place::Local(frame))?;
        let id = self.g.runtime_func("rgo_setjmp")?;
        let fref = self.g.obj_declare_func_in_func(id, self.b.func);
        let call = self.b.ins().call(fref, &[addr]);
        let r = self.b.inst_results(call)[0];
        let pre = self.b.create_block();
        let next = self.blocks[next.0 as usize];
        self.b.ins().brif(r, pre, &[], next, &[]);
        self.b.switch_to_block(pre);
        self.set_local_parts(frame_ptr, &[r]);
        let rec = self.blocks[recovered.0 as usize];
        self.b.ins().jump(rec, &[]);
        Ok(())
    }
}
