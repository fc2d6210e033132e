//! This module implements places and values in codegen. A value is either
//! its scalar parts (`CVal::Parts`, SSA types), the address of memory
//! holding it (`CVal::Addr`, memory-only types, copied with memcpy), or
//! the zero value of a memory-only type (`CVal::Zero`, set with memset).
//! A place rooted at a register local with only field projections reads
//! and writes a subset of the local's variables; every other place is an
//! address.

use super::CodegenError;
use super::abi::scalar_type;
use super::func::{Cx, Repr};
use crate::ir::layout;
use crate::ir::{Operand, Place, Rvalue};
use crate::types::constant::{Const, wrap_i64};
use crate::types::ty::{Type, TypeId, ids};
use cranelift_codegen::ir::{InstBuilder, MemFlagsData, Value, types};

pub(super) enum CVal {
    Parts(Vec<Value>),
    Addr(Value),
    Zero,
}

pub(super) fn flags() -> MemFlagsData {
    MemFlagsData::trusted()
}

impl Cx<'_, '_, '_> {
    pub fn place_ty(&self, p: &Place) -> TypeId {
        match p {
            Place::Local(l) => self.f.locals[l.0 as usize],
            Place::Global(g) => self.g.global_types[*g as usize],
            Place::Mem { ty, .. } => *ty,
            Place::Field(b, i) => match self.g.tt.get(self.g.tt.underlying(self.place_ty(b))) {
                Type::Struct(fs) => fs[*i as usize].ty,
                _ => ids::INVALID,
            },
            Place::Elem(b, _) => match self.g.tt.get(self.g.tt.underlying(self.place_ty(b))) {
                Type::Array(_, e) => *e,
                _ => ids::INVALID,
            },
        }
    }

    pub fn operand_ty(&self, o: &Operand) -> TypeId {
        match o {
            Operand::Copy(p) => self.place_ty(p),
            Operand::Const(_, t) | Operand::Zero(t) => *t,
        }
    }

    /// The variables of a register place: a local's, narrowed by fields.
    fn register_vars(&self, p: &Place) -> Option<Vec<cranelift_frontend::Variable>> {
        match p {
            Place::Local(l) => match &self.locals[l.0 as usize] {
                Repr::Vars(v) => Some(v.clone()),
                _ => None,
            },
            Place::Field(b, i) => {
                let vars = self.register_vars(b)?;
                let bt = self.place_ty(b);
                let off = self.g.tt.field_offsets(bt)[*i as usize];
                let ft = self.place_ty(p);
                let size = self.g.tt.size_of(ft);
                let all = layout::parts(self.g.tt, bt);
                Some(
                    all.iter()
                        .zip(vars)
                        .filter(|((o, _), _)| *o >= off && *o < off + size.max(1))
                        .filter(|_| size > 0)
                        .map(|(_, v)| v)
                        .collect(),
                )
            }
            _ => None,
        }
    }

    /// The address of a place in memory.
    pub fn place_addr(&mut self, p: &Place) -> Result<Value, CodegenError> {
        match p {
            Place::Local(l) => match self.locals[l.0 as usize].clone() {
                Repr::Slot(s) => Ok(self.b.ins().stack_addr(types::I64, s, 0)),
                Repr::ByRef(v) => Ok(self.b.use_var(v)),
                Repr::Vars(_) => self.err(format!("address of register local _{}", l.0)),
            },
            Place::Global(g) => {
                let id = self.g.globals[*g as usize];
                let gv = self.g.obj_declare_data_in_func(id, self.b.func);
                Ok(self.b.ins().symbol_value(types::I64, gv))
            }
            Place::Mem { addr, .. } => self.local_word(*addr),
            Place::Field(b, i) => {
                let base = self.place_addr(b)?;
                let bt = self.place_ty(b);
                let off = self.g.tt.field_offsets(bt)[*i as usize];
                Ok(if off == 0 {
                    base
                } else {
                    self.b.ins().iadd_imm_s(base, off as i64)
                })
            }
            Place::Elem(b, idx) => {
                let base = self.place_addr(b)?;
                let et = self.place_ty(p);
                let size = self.g.tt.size_of(et);
                let i = self.local_word(*idx)?;
                let off = self.b.ins().imul_imm_s(i, size as i64);
                Ok(self.b.ins().iadd(base, off))
            }
        }
    }

    /// The single-word value of a local (a pointer or an int).
    pub fn local_word(&mut self, l: crate::ir::Local) -> Result<Value, CodegenError> {
        let t = self.f.locals[l.0 as usize];
        let v = self.read_parts(&Place::Local(l), t)?;
        match v.first() {
            Some(v) => Ok(*v),
            None => self.err("empty word"),
        }
    }

    /// Reads the parts of an SSA value at a place.
    pub fn read_parts(&mut self, p: &Place, t: TypeId) -> Result<Vec<Value>, CodegenError> {
        if let Some(vars) = self.register_vars(p) {
            return Ok(vars.into_iter().map(|v| self.b.use_var(v)).collect());
        }
        let addr = self.place_addr(p)?;
        Ok(layout::parts(self.g.tt, t)
            .iter()
            .map(|(off, s)| {
                self.b
                    .ins()
                    .load(scalar_type(*s), flags(), addr, *off as i32)
            })
            .collect())
    }

    /// Writes the parts of an SSA value to a place.
    pub fn write_parts(
        &mut self,
        p: &Place,
        t: TypeId,
        vals: &[Value],
    ) -> Result<(), CodegenError> {
        if let Some(vars) = self.register_vars(p) {
            for (var, v) in vars.into_iter().zip(vals) {
                self.b.def_var(var, *v);
            }
            return Ok(());
        }
        let addr = self.place_addr(p)?;
        for ((off, _), v) in layout::parts(self.g.tt, t).iter().zip(vals) {
            self.b.ins().store(flags(), *v, addr, *off as i32);
        }
        Ok(())
    }

    /// The value of an operand.
    pub fn operand(&mut self, o: &Operand) -> Result<CVal, CodegenError> {
        let t = self.operand_ty(o);
        let ssa = layout::is_ssa(self.g.tt, t);
        match o {
            Operand::Copy(p) if ssa => Ok(CVal::Parts(self.read_parts(p, t)?)),
            Operand::Copy(p) => Ok(CVal::Addr(self.place_addr(p)?)),
            Operand::Zero(_) if ssa => {
                let tys = super::abi::parts(self.g.tt, t);
                Ok(CVal::Parts(
                    tys.into_iter().map(|ty| self.zero(ty)).collect(),
                ))
            }
            Operand::Zero(_) => Ok(CVal::Zero),
            Operand::Const(c, t) => Ok(CVal::Parts(self.constant(c, *t)?)),
        }
    }

    /// The parts of an SSA operand.
    pub fn parts_of(&mut self, o: &Operand) -> Result<Vec<Value>, CodegenError> {
        match self.operand(o)? {
            CVal::Parts(v) => Ok(v),
            _ => self.err("a memory value where parts were expected"),
        }
    }

    pub fn one(&mut self, o: &Operand) -> Result<Value, CodegenError> {
        match self.parts_of(o)?.first() {
            Some(v) => Ok(*v),
            None => self.err("empty operand"),
        }
    }

    fn constant(&mut self, c: &Const, t: TypeId) -> Result<Vec<Value>, CodegenError> {
        let tys = super::abi::parts(self.g.tt, t);
        match c {
            Const::Str(s) => {
                let len = self.b.ins().iconst(types::I64, s.len() as i64);
                if s.is_empty() {
                    let z = self.b.ins().iconst(types::I64, 0);
                    return Ok(vec![z, len]);
                }
                let id = self.g.data.string(&mut self.g.obj, s)?;
                let gv = self.g.obj_declare_data_in_func(id, self.b.func);
                let p = self.b.ins().symbol_value(types::I64, gv);
                Ok(vec![p, len])
            }
            Const::Bool(v) => Ok(vec![self.b.ins().iconst(types::I8, *v as i64)]),
            Const::Complex(re, im) => {
                let ty = tys.first().copied().unwrap_or(types::F64);
                let a = self.float_const(&Const::Float(re.clone()), ty);
                let b = self.float_const(&Const::Float(im.clone()), ty);
                Ok(vec![a, b])
            }
            c => {
                let ty = tys.first().copied().unwrap_or(types::I64);
                if ty.is_float() {
                    return Ok(vec![self.float_const(c, ty)]);
                }
                let v = c.as_bigint().map(|v| wrap_i64(&v)).unwrap_or(0);
                Ok(vec![self.b.ins().iconst(ty, v)])
            }
        }
    }

    fn float_const(&mut self, c: &Const, ty: cranelift_codegen::ir::Type) -> Value {
        let x = c.to_f64().unwrap_or(0.0);
        if ty == types::F32 {
            self.b.ins().f32const(x as f32)
        } else {
            self.b.ins().f64const(x)
        }
    }

    /// Stores a value into a place.
    pub fn write(&mut self, p: &Place, v: CVal) -> Result<(), CodegenError> {
        let t = self.place_ty(p);
        match v {
            CVal::Parts(vals) => self.write_parts(p, t, &vals),
            CVal::Addr(src) => {
                let dst = self.place_addr(p)?;
                self.copy_value(dst, src, t);
                Ok(())
            }
            CVal::Zero => {
                let dst = self.place_addr(p)?;
                let sa = self.g.tt.size_align(t);
                self.zero_bytes(dst, sa.size, sa.align);
                Ok(())
            }
        }
    }

    /// Copies a value of type `t` (the two places may be the same).
    pub fn copy_value(&mut self, dst: Value, src: Value, t: TypeId) {
        let sa = self.g.tt.size_align(t);
        self.copy_bytes(dst, src, sa.size, sa.align);
    }

    /// `memmove(dst, src, n)` for memory aligned to `align`.
    pub fn copy_bytes(&mut self, dst: Value, src: Value, n: u64, align: u64) {
        if n == 0 {
            return;
        }
        let cfg = self.g.obj_target_config();
        let a = align.clamp(1, 8) as u8;
        if n <= 64 {
            self.b
                .emit_small_memory_copy(cfg, dst, src, n, a, a, false, flags());
        } else {
            let size = self.b.ins().iconst(types::I64, n as i64);
            self.b.call_memmove(cfg, dst, src, size);
        }
    }

    pub fn zero_bytes(&mut self, dst: Value, n: u64, align: u64) {
        if n == 0 {
            return;
        }
        let cfg = self.g.obj_target_config();
        if n <= 128 {
            let a = align.clamp(1, 8) as u8;
            self.b.emit_small_memset(cfg, dst, 0, n, a, flags());
        } else {
            let size = self.b.ins().iconst(types::I64, n as i64);
            let zero = self.b.ins().iconst(types::I8, 0);
            self.b.call_memset(cfg, dst, zero, size);
        }
    }

    pub fn assign(&mut self, p: &Place, r: &Rvalue) -> Result<(), CodegenError> {
        let v = self.rvalue(r)?;
        self.write(p, v)
    }
}
