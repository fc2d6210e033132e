//! This module implements the calling convention of Go functions: every
//! parameter and result is passed as its scalar parts, in order, using the
//! platform's C convention (so runtime functions written in Rust can be
//! called and implemented with the same rules). Narrow integers are
//! extended as the C ABI requires.

use super::Gen;
use crate::ir::layout::{self, Scalar};
use crate::types::ty::{TypeId, TypeTable};
use cranelift_codegen::ir::{AbiParam, Signature, Type, types};

pub fn scalar_type(s: Scalar) -> Type {
    match s {
        Scalar::I8 => types::I8,
        Scalar::I16 => types::I16,
        Scalar::I32 => types::I32,
        Scalar::I64 => types::I64,
        Scalar::F32 => types::F32,
        Scalar::F64 => types::F64,
    }
}

/// The Cranelift types of a value's parts.
pub fn parts(tt: &TypeTable, t: TypeId) -> Vec<Type> {
    layout::layout(tt, t)
        .map(|l| l.parts.iter().map(|(_, s)| scalar_type(*s)).collect())
        .unwrap_or_default()
}

pub fn param(t: Type) -> AbiParam {
    if t.is_int() && t.bits() < 32 {
        AbiParam::new(t).uext()
    } else {
        AbiParam::new(t)
    }
}

pub fn go_signature(g: &Gen, f: &crate::ir::Function) -> Signature {
    let mut sig = Signature::new(g.obj_call_conv());
    for p in &f.params {
        let t = f.locals[p.0 as usize];
        sig.params.extend(parts(g.tt, t).into_iter().map(param));
    }
    for t in &f.results {
        sig.returns.extend(parts(g.tt, *t).into_iter().map(param));
    }
    sig
}

/// The signature of a func value's type (for indirect calls).
pub fn func_type_signature(g: &Gen, params: &[TypeId], results: &[TypeId]) -> Signature {
    let mut sig = Signature::new(g.obj_call_conv());
    for t in params {
        sig.params.extend(parts(g.tt, *t).into_iter().map(param));
    }
    for t in results {
        sig.returns.extend(parts(g.tt, *t).into_iter().map(param));
    }
    sig
}

impl Gen<'_> {
    pub fn obj_call_conv(&self) -> cranelift_codegen::isa::CallConv {
        use cranelift_module::Module as _;
        self.obj.isa().default_call_conv()
    }
}
