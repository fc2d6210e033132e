//! This module implements the translation of right-hand sides: operators
//! on integers, floats and bools (Go's shift semantics, IEEE comparisons
//! where NaN is unequal to everything), numeric conversions (float to
//! integer saturates rather than trapping), and the address-valued forms
//! (type descriptors, itabs, func values, stack and frame pointers).

use super::CodegenError;
use super::func::Cx;
use super::place::CVal;
use crate::ir::Rvalue;
use crate::syntax::ast::{BinaryOp, UnaryOp};
use crate::types::constant::Const;
use crate::types::ty::{Basic, Type, TypeId};
use cranelift_codegen::ir::condcodes::{FloatCC, IntCC};
use cranelift_codegen::ir::{InstBuilder, Value, types};

impl Cx<'_, '_, '_> {
    pub fn rvalue(&mut self, r: &Rvalue) -> Result<CVal, CodegenError> {
        Ok(CVal::Parts(match r {
            Rvalue::Use(o) => return self.operand(o),
            Rvalue::Unary(op, o) => {
                let t = self.operand_ty(o);
                let v = self.one(o)?;
                vec![self.unary(*op, v, t)]
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
            Rvalue::Part(o, i) => match self.parts_of(o)?.get(*i) {
                Some(v) => vec![*v],
                None => return self.err("part out of range"),
            },
            Rvalue::Make(_, ops) => {
                let mut out = Vec::new();
                for o in ops {
                    out.extend(self.parts_of(o)?);
                }
                out
            }
            Rvalue::PtrAdd(base, idx, scale) => {
                let (p, i) = (self.one(base)?, self.one(idx)?);
                let off = self.b.ins().imul_imm_s(i, *scale as i64);
                vec![self.b.ins().iadd(p, off)]
            }
            Rvalue::AddrOf(p) => vec![self.place_addr(p)?],
            Rvalue::New(t) => vec![self.new_object(*t)?],
            Rvalue::TypeDesc(t) => {
                let id = self.g.type_desc(*t)?;
                vec![self.data_addr(id)]
            }
            Rvalue::Itab(i, t) => {
                let id = self.g.itab(*i, *t)?;
                vec![self.data_addr(id)]
            }
            Rvalue::FuncValue(f) => {
                let id = self.g.func_value(*f)?;
                vec![self.data_addr(id)]
            }
            Rvalue::CodeAddr(f) => {
                let fid = self.g.funcs[*f as usize];
                let fref = self.g.obj_declare_func_in_func(fid, self.b.func);
                vec![self.b.ins().func_addr(types::I64, fref)]
            }
            Rvalue::CallerSp => {
                let fp = self.b.ins().get_frame_pointer(types::I64);
                vec![self.b.ins().iadd_imm_s(fp, 16)]
            }
            Rvalue::StackPointer => vec![self.b.ins().get_stack_pointer(types::I64)],
            Rvalue::ConstAddr(c, t) => {
                let id = self.const_data(c, *t)?;
                vec![self.data_addr(id)]
            }
        }))
    }

    /// Read-only memory holding constant `c` of basic type `t`.
    fn const_data(
        &mut self,
        c: &Const,
        t: TypeId,
    ) -> Result<cranelift_module::DataId, CodegenError> {
        if let Const::Str(s) = c {
            let bytes = if s.is_empty() {
                None
            } else {
                Some(self.g.data.string(&mut self.g.obj, s)?)
            };
            return self
                .g
                .data
                .string_header(&mut self.g.obj, bytes, s.len() as u64);
        }
        let tys = super::abi::parts(self.g.tt, t);
        let ty = tys.first().copied().unwrap_or(types::I64);
        let mut bytes = Vec::new();
        let mut float = |x: f64| {
            if ty == types::F32 {
                bytes.extend((x as f32).to_bits().to_le_bytes());
            } else {
                bytes.extend(x.to_bits().to_le_bytes());
            }
        };
        match c {
            Const::Complex(re, im) => {
                float(Const::Float(re.clone()).to_f64().unwrap_or(0.0));
                float(Const::Float(im.clone()).to_f64().unwrap_or(0.0));
            }
            _ if ty.is_float() => float(c.to_f64().unwrap_or(0.0)),
            Const::Bool(v) => bytes.push(*v as u8),
            _ => {
                let v = c
                    .as_bigint()
                    .map(|v| crate::types::constant::wrap_i64(&v))
                    .unwrap_or(0);
                bytes.extend(&v.to_le_bytes()[..ty.bytes() as usize]);
            }
        }
        self.g.data.constant(&mut self.g.obj, bytes)
    }

    fn data_addr(&mut self, id: cranelift_module::DataId) -> Value {
        let gv = self.g.obj_declare_data_in_func(id, self.b.func);
        self.b.ins().symbol_value(types::I64, gv)
    }

    /// A fresh zeroed heap object of type `t`.
    fn new_object(&mut self, t: TypeId) -> Result<Value, CodegenError> {
        let id = self.g.type_desc(t)?;
        let desc = self.data_addr(id);
        let f = self.g.runtime_func("rgo_newobject")?;
        let fref = self.g.obj_declare_func_in_func(f, self.b.func);
        let call = self.b.ins().call(fref, &[desc]);
        Ok(self.b.inst_results(call)[0])
    }

    fn is_float(&self, t: TypeId) -> bool {
        self.g.tt.pred(t, Basic::is_float)
    }

    fn signed(&self, t: TypeId) -> bool {
        self.g.tt.pred(t, |b| b.is_integer() && !b.is_unsigned())
    }

    fn unary(&mut self, op: UnaryOp, v: Value, t: TypeId) -> Value {
        match op {
            UnaryOp::Neg if self.is_float(t) => self.b.ins().fneg(v),
            UnaryOp::Neg => self.b.ins().ineg(v),
            UnaryOp::BitNot => self.b.ins().bnot(v),
            UnaryOp::Not => self.b.ins().bxor_imm_u(v, 1),
            _ => v,
        }
    }

    pub fn binary(&mut self, op: BinaryOp, x: Value, y: Value, t: TypeId) -> Value {
        if self.is_float(t) {
            return self.float_binary(op, x, y);
        }
        let s = self.signed(t);
        let ins = self.b.ins();
        use BinaryOp::*;
        let cc = |sc: IntCC, uc: IntCC| if s { sc } else { uc };
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
            Lt => ins.icmp(cc(IntCC::SignedLessThan, IntCC::UnsignedLessThan), x, y),
            Le => ins.icmp(
                cc(IntCC::SignedLessThanOrEqual, IntCC::UnsignedLessThanOrEqual),
                x,
                y,
            ),
            Gt => ins.icmp(
                cc(IntCC::SignedGreaterThan, IntCC::UnsignedGreaterThan),
                x,
                y,
            ),
            Ge => ins.icmp(
                cc(
                    IntCC::SignedGreaterThanOrEqual,
                    IntCC::UnsignedGreaterThanOrEqual,
                ),
                x,
                y,
            ),
        }
    }

    fn float_binary(&mut self, op: BinaryOp, x: Value, y: Value) -> Value {
        let ins = self.b.ins();
        use BinaryOp::*;
        match op {
            Add => ins.fadd(x, y),
            Sub => ins.fsub(x, y),
            Mul => ins.fmul(x, y),
            Div => ins.fdiv(x, y),
            Eq => ins.fcmp(FloatCC::Equal, x, y),
            Ne => ins.fcmp(FloatCC::NotEqual, x, y),
            Lt => ins.fcmp(FloatCC::LessThan, x, y),
            Le => ins.fcmp(FloatCC::LessThanOrEqual, x, y),
            Gt => ins.fcmp(FloatCC::GreaterThan, x, y),
            Ge => ins.fcmp(FloatCC::GreaterThanOrEqual, x, y),
            _ => x,
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

    pub fn convert(&mut self, v: Value, from: TypeId, to: TypeId) -> Value {
        let from_ty = self.b.func.dfg.value_type(v);
        let to_ty = super::abi::parts(self.g.tt, to)
            .first()
            .copied()
            .unwrap_or(types::I64);
        let (ff, tf) = (from_ty.is_float(), to_ty.is_float());
        let signed_from = self.signed(from);
        match (ff, tf) {
            (true, true) if from_ty == to_ty => v,
            (true, true) if to_ty == types::F64 => self.b.ins().fpromote(to_ty, v),
            (true, true) => self.b.ins().fdemote(to_ty, v),
            (false, true) if signed_from => {
                let v = if from_ty.bits() < 32 {
                    self.b.ins().sextend(types::I32, v)
                } else {
                    v
                };
                self.b.ins().fcvt_from_sint(to_ty, v)
            }
            (false, true) => {
                let v = if from_ty.bits() < 32 {
                    self.b.ins().uextend(types::I32, v)
                } else {
                    v
                };
                self.b.ins().fcvt_from_uint(to_ty, v)
            }
            (true, false) => self.float_to_int(v, to, to_ty),
            (false, false) => self.int_convert(v, from, to_ty),
        }
    }

    /// Float to integer, truncating; out-of-range values saturate.
    fn float_to_int(&mut self, v: Value, to: TypeId, to_ty: cranelift_codegen::ir::Type) -> Value {
        let wide = if to_ty.bits() < 32 { types::I32 } else { to_ty };
        let r = if self.signed(to) {
            self.b.ins().fcvt_to_sint_sat(wide, v)
        } else {
            // Go converts to unsigned through a signed conversion for
            // values below 2^63; saturating covers the in-range cases.
            self.b.ins().fcvt_to_uint_sat(wide, v)
        };
        if wide == to_ty {
            r
        } else {
            self.b.ins().ireduce(to_ty, r)
        }
    }

    fn int_convert(&mut self, v: Value, from: TypeId, to_ty: cranelift_codegen::ir::Type) -> Value {
        let from_ty = self.b.func.dfg.value_type(v);
        if from_ty.bits() == to_ty.bits() {
            return v;
        }
        if from_ty.bits() > to_ty.bits() {
            return self.b.ins().ireduce(to_ty, v);
        }
        let signed = self.signed(from)
            && !matches!(self.g.tt.get(self.g.tt.underlying(from)), Type::Pointer(_));
        if signed {
            self.b.ins().sextend(to_ty, v)
        } else {
            self.b.ins().uextend(to_ty, v)
        }
    }
}
