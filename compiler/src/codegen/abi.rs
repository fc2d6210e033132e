//! This module implements the calling conventions (ir/mod.rs states the
//! Go one): which Cranelift parameters and returns a function has, and
//! how each IR parameter and result maps onto them. Everything uses the
//! platform's C convention underneath, so the runtime (Rust) can call Go
//! functions and be called by them. Narrow integers are extended as the C
//! ABI requires.

use super::Gen;
use crate::ir::layout::{self, Scalar};
use crate::ir::{Abi, Function};
use crate::types::ty::{Type as GoType, TypeId, TypeTable};
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

/// The Cranelift types of a value's parts (empty for memory-only types).
pub fn parts(tt: &TypeTable, t: TypeId) -> Vec<Type> {
    layout::parts(tt, t)
        .iter()
        .map(|(_, s)| scalar_type(*s))
        .collect()
}

pub fn param(t: Type) -> AbiParam {
    if t.is_int() && t.bits() < 32 {
        AbiParam::new(t).uext()
    } else {
        AbiParam::new(t)
    }
}

/// How a function with these parameter and result types is called.
#[derive(Clone, Debug)]
pub struct CallAbi {
    /// Go functions take a closure context first.
    pub ctx: bool,
    /// Results that are not SSA: each gets a pointer parameter (after the
    /// context), in result order; `true` per result.
    pub by_ref_results: Vec<bool>,
    /// Parameters that are not SSA are passed by pointer.
    pub by_ref_params: Vec<bool>,
}

impl CallAbi {
    pub fn new(tt: &TypeTable, abi: Abi, params: &[TypeId], results: &[TypeId]) -> CallAbi {
        let go = abi == Abi::Go;
        CallAbi {
            ctx: go,
            by_ref_results: results
                .iter()
                .map(|t| go && !layout::is_ssa(tt, *t))
                .collect(),
            by_ref_params: params
                .iter()
                .map(|t| go && !layout::is_ssa(tt, *t))
                .collect(),
        }
    }

    /// The Cranelift signature.
    pub fn signature(&self, g: &Gen, params: &[TypeId], results: &[TypeId]) -> Signature {
        let mut sig = Signature::new(g.obj_call_conv());
        if self.ctx {
            sig.params.push(AbiParam::new(types::I64));
        }
        for &r in &self.by_ref_results {
            if r {
                sig.params.push(AbiParam::new(types::I64));
            }
        }
        for (t, by_ref) in params.iter().zip(&self.by_ref_params) {
            if *by_ref {
                sig.params.push(AbiParam::new(types::I64));
            } else {
                sig.params.extend(parts(g.tt, *t).into_iter().map(param));
            }
        }
        for (t, by_ref) in results.iter().zip(&self.by_ref_results) {
            if !by_ref {
                sig.returns.extend(parts(g.tt, *t).into_iter().map(param));
            }
        }
        sig
    }
}

/// The parameter and result types of a function, as IR types.
pub fn fn_types(f: &Function) -> (Vec<TypeId>, Vec<TypeId>) {
    let params = f.params.iter().map(|p| f.locals[p.0 as usize]).collect();
    (params, f.results.clone())
}

/// The parameter and result types of a func type.
pub fn func_type_parts(tt: &TypeTable, t: TypeId) -> (Vec<TypeId>, Vec<TypeId>) {
    match tt.get(tt.underlying(t)) {
        GoType::Func {
            params, results, ..
        } => (params.clone(), results.clone()),
        _ => (Vec::new(), Vec::new()),
    }
}

impl Gen<'_> {
    pub fn obj_call_conv(&self) -> cranelift_codegen::isa::CallConv {
        use cranelift_module::Module as _;
        self.obj.isa().default_call_conv()
    }

    /// The ABI and signature of module function `f`.
    pub fn fn_abi(&self, f: &Function) -> (CallAbi, Signature) {
        let (ps, rs) = fn_types(f);
        let abi = CallAbi::new(self.tt, f.abi, &ps, &rs);
        let sig = abi.signature(self, &ps, &rs);
        (abi, sig)
    }
}
