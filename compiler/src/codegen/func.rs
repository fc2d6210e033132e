//! This module implements the translation of one IR function to Cranelift.
//! Every IR local becomes one Cranelift `Variable` per scalar part; memory
//! places are loaded and stored part by part at their layout offsets; each
//! IR block maps to one Cranelift block, sealed once all are translated.

use super::abi::{parts, scalar_type};
use super::{CodegenError, Gen};
use crate::ir::layout::layout;
use crate::ir::{Callee, Function, Inst, Local, Operand, Place, Rvalue, Terminator};
use crate::syntax::ast::{BinaryOp, UnaryOp};
use crate::types::constant::Const;
use crate::types::ty::{Type, TypeId};
use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{
    self as cl, InstBuilder, MemFlagsData, StackSlotData, StackSlotKind, TrapCode, Value, types,
};
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext, Variable};
use cranelift_module::Module as _;

struct Cx<'g, 'a, 'b> {
    g: &'g mut Gen<'a>,
    f: &'g Function,
    b: FunctionBuilder<'b>,
    vars: Vec<Vec<Variable>>,
    blocks: Vec<cl::Block>,
}

pub fn translate(
    g: &mut Gen,
    f: &Function,
    func: &mut cl::Function,
    fctx: &mut FunctionBuilderContext,
) -> Result<(), CodegenError> {
    let frontend_config = g.obj.isa().frontend_config();
    let mut b = FunctionBuilder::new(func, fctx);
    let vars = f
        .locals
        .iter()
        .map(|t| {
            parts(g.tt, *t)
                .into_iter()
                .map(|ty| b.declare_var(ty))
                .collect()
        })
        .collect();
    let blocks = f.blocks.iter().map(|_| b.create_block()).collect();
    let mut cx = Cx {
        g,
        f,
        b,
        vars,
        blocks,
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

fn flags() -> MemFlagsData {
    MemFlagsData::trusted()
}

impl Cx<'_, '_, '_> {
    /// Binds parameters and zeroes every other local, so each variable is
    /// defined on every path (Go zero-initializes; the IR relies on it).
    fn entry(&mut self) {
        let entry = self.b.create_block();
        self.b.append_block_params_for_function_params(entry);
        self.b.switch_to_block(entry);
        let params: Vec<Value> = self.b.block_params(entry).to_vec();
        let mut it = params.into_iter();
        let is_param = |l: usize| self.f.params.iter().any(|p| p.0 as usize == l);
        let mut param_vals = Vec::new();
        for p in &self.f.params {
            let n = self.vars[p.0 as usize].len();
            param_vals.push((p.0 as usize, it.by_ref().take(n).collect::<Vec<_>>()));
        }
        for l in 0..self.vars.len() {
            if is_param(l) {
                continue;
            }
            let tys = parts(self.g.tt, self.f.locals[l]);
            for (v, ty) in self.vars[l].clone().into_iter().zip(tys) {
                let z = self.zero(ty);
                self.b.def_var(v, z);
            }
        }
        for (l, vals) in param_vals {
            for (var, val) in self.vars[l].clone().into_iter().zip(vals) {
                self.b.def_var(var, val);
            }
        }
        let first = self.blocks[0];
        self.b.ins().jump(first, &[]);
    }

    fn zero(&mut self, ty: cl::Type) -> Value {
        match ty {
            types::F32 => self.b.ins().f32const(0.0),
            types::F64 => self.b.ins().f64const(0.0),
            _ => self.b.ins().iconst(ty, 0),
        }
    }

    fn local_ty(&self, l: Local) -> TypeId {
        self.f.locals[l.0 as usize]
    }

    fn place_ty(&self, p: &Place) -> TypeId {
        match p {
            Place::Local(l) => self.local_ty(*l),
            Place::Global(g) => self.g_global_ty(*g),
            Place::Mem { ty, .. } => *ty,
        }
    }

    fn g_global_ty(&self, g: u32) -> TypeId {
        self.g.global_types[g as usize]
    }

    pub fn operand_ty(&self, o: &Operand) -> TypeId {
        match o {
            Operand::Copy(p) => self.place_ty(p),
            Operand::Const(_, t) | Operand::Zero(t) => *t,
        }
    }

    fn err<T>(&self, msg: impl Into<String>) -> Result<T, CodegenError> {
        Err(CodegenError(format!("{}: {}", self.f.symbol, msg.into())))
    }

    /// The address of a place in memory (globals and `Mem` places).
    fn place_addr(&mut self, p: &Place) -> Result<Value, CodegenError> {
        match p {
            Place::Global(g) => {
                let id = self.g.globals[*g as usize];
                let gv = self.g.obj.declare_data_in_func(id, self.b.func);
                Ok(self.b.ins().symbol_value(types::I64, gv))
            }
            Place::Mem { addr, .. } => Ok(self.b.use_var(self.vars[addr.0 as usize][0])),
            Place::Local(_) => self.err("address of a register local"),
        }
    }

    fn read(&mut self, p: &Place) -> Result<Vec<Value>, CodegenError> {
        if let Place::Local(l) = p {
            let vars = self.vars[l.0 as usize].clone();
            return Ok(vars.into_iter().map(|v| self.b.use_var(v)).collect());
        }
        let t = self.place_ty(p);
        let addr = self.place_addr(p)?;
        let l = layout(self.g.tt, t).map_err(|e| CodegenError(e.0))?;
        Ok(l.parts
            .iter()
            .map(|(off, s)| {
                self.b
                    .ins()
                    .load(scalar_type(*s), flags(), addr, *off as i32)
            })
            .collect())
    }

    fn write(&mut self, p: &Place, vals: &[Value]) -> Result<(), CodegenError> {
        if let Place::Local(l) = p {
            for (var, v) in self.vars[l.0 as usize].clone().into_iter().zip(vals) {
                self.b.def_var(var, *v);
            }
            return Ok(());
        }
        let t = self.place_ty(p);
        let addr = self.place_addr(p)?;
        let l = layout(self.g.tt, t).map_err(|e| CodegenError(e.0))?;
        for ((off, _), v) in l.parts.iter().zip(vals) {
            self.b.ins().store(flags(), *v, addr, *off as i32);
        }
        Ok(())
    }

    fn operand(&mut self, o: &Operand) -> Result<Vec<Value>, CodegenError> {
        match o {
            Operand::Copy(p) => self.read(p),
            Operand::Zero(t) => Ok(parts(self.g.tt, *t)
                .into_iter()
                .map(|ty| self.zero(ty))
                .collect()),
            Operand::Const(c, t) => self.constant(c, *t),
        }
    }

    fn constant(&mut self, c: &Const, t: TypeId) -> Result<Vec<Value>, CodegenError> {
        match c {
            Const::Int(v) => {
                let ty = parts(self.g.tt, t).first().copied().unwrap_or(types::I64);
                Ok(vec![self.b.ins().iconst(ty, *v as i64)])
            }
            Const::Bool(v) => Ok(vec![self.b.ins().iconst(types::I8, *v as i64)]),
            Const::Str(s) => {
                let len = self.b.ins().iconst(types::I64, s.len() as i64);
                if s.is_empty() {
                    let z = self.b.ins().iconst(types::I64, 0);
                    return Ok(vec![z, len]);
                }
                let id = self.g.data.string(&mut self.g.obj, s)?;
                let gv = self.g.obj.declare_data_in_func(id, self.b.func);
                let p = self.b.ins().symbol_value(types::I64, gv);
                Ok(vec![p, len])
            }
        }
    }

    fn one(&mut self, o: &Operand) -> Result<Value, CodegenError> {
        match self.operand(o)?.first() {
            Some(v) => Ok(*v),
            None => self.err("empty operand"),
        }
    }

    fn inst(&mut self, i: &Inst) -> Result<(), CodegenError> {
        match i {
            Inst::Assign(p, r) => {
                let vals = self.rvalue(r)?;
                self.write(p, &vals)
            }
            Inst::Call {
                dests,
                callee,
                args,
            } => self.call(dests, callee, args),
        }
    }

    fn rvalue(&mut self, r: &Rvalue) -> Result<Vec<Value>, CodegenError> {
        Ok(match r {
            Rvalue::Use(o) => self.operand(o)?,
            Rvalue::Unary(op, o) => {
                let v = self.one(o)?;
                vec![match op {
                    UnaryOp::Neg => self.b.ins().ineg(v),
                    UnaryOp::BitNot => self.b.ins().bnot(v),
                    UnaryOp::Not => self.b.ins().bxor_imm_u(v, 1),
                    _ => v,
                }]
            }
            Rvalue::Binary(op, a, b, t) => {
                let (x, y) = (self.one(a)?, self.one(b)?);
                vec![self.binary(*op, x, y, *t)]
            }
            Rvalue::Convert(o, to) => {
                let from = self.operand_ty(o);
                let v = self.one(o)?;
                vec![self.convert(v, from, *to)]
            }
            Rvalue::Part(o, i) => match self.operand(o)?.get(*i) {
                Some(v) => vec![*v],
                None => return self.err("part out of range"),
            },
            Rvalue::Make(_, ops) => {
                let mut out = Vec::new();
                for o in ops {
                    out.extend(self.operand(o)?);
                }
                out
            }
            Rvalue::PtrAdd(base, idx, scale) => {
                let (p, i) = (self.one(base)?, self.one(idx)?);
                let off = self.b.ins().imul_imm_u(i, *scale as i64);
                vec![self.b.ins().iadd(p, off)]
            }
            Rvalue::TypeDesc(t) => {
                let id = self.g.data.type_desc(&mut self.g.obj, *t)?;
                let gv = self.g.obj.declare_data_in_func(id, self.b.func);
                vec![self.b.ins().symbol_value(types::I64, gv)]
            }
            Rvalue::FuncAddr(f) => {
                let fid = self.g.funcs[*f as usize];
                let sym = self.g.func_symbols[*f as usize].clone();
                let id = self.g.data.closure(&mut self.g.obj, fid, &sym)?;
                let gv = self.g.obj.declare_data_in_func(id, self.b.func);
                vec![self.b.ins().symbol_value(types::I64, gv)]
            }
        })
    }

    fn signed(&self, t: TypeId) -> bool {
        !self.g.tt.pred(t, |b| b.is_unsigned())
            && !matches!(self.g.tt.get(self.g.tt.underlying(t)), Type::Pointer(_))
    }

    fn binary(&mut self, op: BinaryOp, x: Value, y: Value, t: TypeId) -> Value {
        let s = self.signed(t);
        let ins = self.b.ins();
        use BinaryOp::*;
        match op {
            Add => ins.iadd(x, y),
            Sub => ins.isub(x, y),
            Mul => ins.imul(x, y),
            Div if s => ins.sdiv(x, y),
            Div => ins.udiv(x, y),
            Rem if s => ins.srem(x, y),
            Rem => ins.urem(x, y),
            And | LAnd => ins.band(x, y),
            Or | LOr => ins.bor(x, y),
            Xor => ins.bxor(x, y),
            AndNot => ins.band_not(x, y),
            Shl | Shr => self.shift(op, x, y, s),
            Eq => ins.icmp(IntCC::Equal, x, y),
            Ne => ins.icmp(IntCC::NotEqual, x, y),
            Lt => ins.icmp(
                if s {
                    IntCC::SignedLessThan
                } else {
                    IntCC::UnsignedLessThan
                },
                x,
                y,
            ),
            Le => ins.icmp(
                if s {
                    IntCC::SignedLessThanOrEqual
                } else {
                    IntCC::UnsignedLessThanOrEqual
                },
                x,
                y,
            ),
            Gt => ins.icmp(
                if s {
                    IntCC::SignedGreaterThan
                } else {
                    IntCC::UnsignedGreaterThan
                },
                x,
                y,
            ),
            Ge => ins.icmp(
                if s {
                    IntCC::SignedGreaterThanOrEqual
                } else {
                    IntCC::UnsignedGreaterThanOrEqual
                },
                x,
                y,
            ),
        }
    }

    /// Go shifts: counts of at least the width give 0, or the sign for a
    /// signed right shift (Cranelift masks the count instead).
    fn shift(&mut self, op: BinaryOp, x: Value, n: Value, signed: bool) -> Value {
        let ty = self.b.func.dfg.value_type(x);
        let width = ty.bits() as i64;
        let in_range = self.b.ins().icmp_imm_u(IntCC::UnsignedLessThan, n, width);
        if op == BinaryOp::Shr && signed {
            let nty = self.b.func.dfg.value_type(n);
            let max = self.b.ins().iconst(nty, width - 1);
            let count = self.b.ins().select(in_range, n, max);
            return self.b.ins().sshr(x, count);
        }
        let shifted = if op == BinaryOp::Shl {
            self.b.ins().ishl(x, n)
        } else {
            self.b.ins().ushr(x, n)
        };
        let zero = self.b.ins().iconst(ty, 0);
        self.b.ins().select(in_range, shifted, zero)
    }

    fn convert(&mut self, v: Value, from: TypeId, to: TypeId) -> Value {
        let from_ty = self.b.func.dfg.value_type(v);
        let to_ty = parts(self.g.tt, to).first().copied().unwrap_or(types::I64);
        if from_ty.bits() == to_ty.bits() {
            return v;
        }
        if from_ty.bits() > to_ty.bits() {
            return self.b.ins().ireduce(to_ty, v);
        }
        if self.signed(from) {
            self.b.ins().sextend(to_ty, v)
        } else {
            self.b.ins().uextend(to_ty, v)
        }
    }

    fn call(
        &mut self,
        dests: &[Place],
        callee: &Callee,
        args: &[Operand],
    ) -> Result<(), CodegenError> {
        let mut argv = Vec::new();
        for a in args {
            argv.extend(self.operand(a)?);
        }
        let results = match callee {
            Callee::Func(f) => {
                let fref = self
                    .g
                    .obj
                    .declare_func_in_func(self.g.funcs[*f as usize], self.b.func);
                let call = self.b.ins().call(fref, &argv);
                self.b.inst_results(call).to_vec()
            }
            Callee::Indirect(o) => {
                let fty = self.operand_ty(o);
                let closure = self.one(o)?;
                let code = self.b.ins().load(types::I64, flags(), closure, 0);
                let sig = match self.g.tt.get(self.g.tt.underlying(fty)) {
                    Type::Func {
                        params, results, ..
                    } => super::abi::func_type_signature(self.g, params, results),
                    _ => return self.err("indirect call of a non-function"),
                };
                let sigref = self.b.import_signature(sig);
                let call = self.b.ins().call_indirect(sigref, code, &argv);
                self.b.inst_results(call).to_vec()
            }
            Callee::Runtime { name, sret } => return self.runtime_call(name, *sret, dests, argv),
        };
        self.distribute(dests, &results)
    }

    /// Stores a flat list of result values into the destination places.
    fn distribute(&mut self, dests: &[Place], results: &[Value]) -> Result<(), CodegenError> {
        let mut rest = results;
        for d in dests {
            let n = parts(self.g.tt, self.place_ty(d)).len();
            if rest.len() < n {
                return self.err("too few call results");
            }
            self.write(d, &rest[..n])?;
            rest = &rest[n..];
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
        let fref = self.g.obj.declare_func_in_func(id, self.b.func);
        if !sret {
            let call = self.b.ins().call(fref, &argv);
            let results = self.b.inst_results(call).to_vec();
            return self.distribute(dests, &results);
        }
        let Some(dest) = dests.first() else {
            return self.err("sret call without destination");
        };
        let t = self.place_ty(dest);
        let l = layout(self.g.tt, t).map_err(|e| CodegenError(e.0))?;
        let slot = self.b.create_sized_stack_slot(StackSlotData::new(
            StackSlotKind::ExplicitSlot,
            l.size as u32,
            3,
        ));
        let addr = self.b.ins().stack_addr(types::I64, slot, 0);
        argv.insert(0, addr);
        self.b.ins().call(fref, &argv);
        let vals: Vec<Value> = l
            .parts
            .iter()
            .map(|(off, s)| {
                self.b
                    .ins()
                    .stack_load(types::I64, scalar_type(*s), slot, *off as i32)
            })
            .collect();
        self.write(dest, &vals)
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
            Terminator::Return(locals) => {
                let mut vals = Vec::new();
                for l in locals {
                    vals.extend(self.read(&Place::Local(*l))?);
                }
                self.b.ins().return_(&vals);
            }
            Terminator::Unreachable => {
                self.b.ins().trap(TrapCode::unwrap_user(1));
            }
        }
        Ok(())
    }
}
