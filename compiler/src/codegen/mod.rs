//! This module implements code generation: the IR module becomes a
//! Cranelift object file for the chosen architecture. `Gen` owns the
//! object module and everything shared between functions (function ids,
//! runtime imports, read-only strings, type descriptors); func.rs
//! translates one function at a time.

mod abi;
mod data;
mod func;
mod isa;
pub mod runtime_calls;

use crate::ir::{self, Module};
use crate::target::Arch;
use crate::types::ty::TypeTable;
use cranelift_codegen::Context;
use cranelift_frontend::FunctionBuilderContext;
use cranelift_module::{FuncId, Linkage, Module as _};
use cranelift_object::{ObjectBuilder, ObjectModule};
use std::collections::HashMap;

/// A failure inside code generation; always a compiler bug or a limit,
/// never a user error (those are reported by earlier stages).
#[derive(Debug)]
pub struct CodegenError(pub String);

impl std::fmt::Display for CodegenError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "code generation failed: {}", self.0)
    }
}

pub(crate) struct Gen<'a> {
    pub obj: ObjectModule,
    pub tt: &'a TypeTable,
    pub funcs: Vec<FuncId>,
    pub runtime: HashMap<&'static str, FuncId>,
    pub data: data::DataCache,
    pub globals: Vec<cranelift_module::DataId>,
    pub global_types: Vec<crate::types::ty::TypeId>,
    pub func_symbols: Vec<String>,
}

/// Compiles the module to an ELF object for `arch`.
pub fn compile(m: &Module, tt: &TypeTable, arch: Arch) -> Result<Vec<u8>, CodegenError> {
    let isa = isa::build(arch)?;
    let builder = ObjectBuilder::new(isa, "go", cranelift_module::default_libcall_names())
        .map_err(|e| CodegenError(e.to_string()))?;
    let mut g = Gen {
        obj: ObjectModule::new(builder),
        tt,
        funcs: Vec::new(),
        runtime: HashMap::new(),
        data: data::DataCache::default(),
        globals: Vec::new(),
        global_types: m.globals.iter().map(|g| g.ty).collect(),
        func_symbols: m.funcs.iter().map(|f| f.symbol.clone()).collect(),
    };
    g.declare_all(m)?;
    let mut ctx = g.obj.make_context();
    let mut fctx = FunctionBuilderContext::new();
    for (i, f) in m.funcs.iter().enumerate() {
        if f.blocks.is_empty() {
            continue;
        }
        g.define_function(i, f, &mut ctx, &mut fctx)?;
    }
    g.define_globals(m)?;
    g.data.define_all(&mut g.obj, tt)?;
    let product = g.obj.finish();
    product.emit().map_err(|e| CodegenError(e.to_string()))
}

impl<'a> Gen<'a> {
    fn declare_all(&mut self, m: &Module) -> Result<(), CodegenError> {
        for f in &m.funcs {
            let sig = abi::go_signature(self, f);
            let linkage = if f.blocks.is_empty() {
                Linkage::Import
            } else if f.is_entry {
                Linkage::Export
            } else {
                Linkage::Local
            };
            let id = self
                .obj
                .declare_function(&f.symbol, linkage, &sig)
                .map_err(|e| CodegenError(e.to_string()))?;
            self.funcs.push(id);
        }
        for g in &m.globals {
            let id = self
                .obj
                .declare_data(&g.symbol, Linkage::Local, true, false)
                .map_err(|e| CodegenError(e.to_string()))?;
            self.globals.push(id);
        }
        Ok(())
    }

    fn define_function(
        &mut self,
        index: usize,
        f: &ir::Function,
        ctx: &mut Context,
        fctx: &mut FunctionBuilderContext,
    ) -> Result<(), CodegenError> {
        ctx.func.signature = abi::go_signature(self, f);
        func::translate(self, f, &mut ctx.func, fctx)?;
        self.obj
            .define_function(self.funcs[index], ctx)
            .map_err(|e| CodegenError(format!("{}: {e:?}", f.symbol)))?;
        self.obj.clear_context(ctx);
        Ok(())
    }

    fn define_globals(&mut self, m: &Module) -> Result<(), CodegenError> {
        for (g, id) in m.globals.iter().zip(self.globals.clone()) {
            let size = crate::ir::layout::layout(self.tt, g.ty)
                .map(|l| l.size)
                .unwrap_or(8);
            let mut d = cranelift_module::DataDescription::new();
            d.define_zeroinit(size.max(1) as usize);
            d.set_align(8);
            self.obj
                .define_data(id, &d)
                .map_err(|e| CodegenError(e.to_string()))?;
        }
        Ok(())
    }

    /// The id of runtime function `name`, declared on first use.
    pub fn runtime_func(&mut self, name: &'static str) -> Result<FuncId, CodegenError> {
        if let Some(id) = self.runtime.get(name) {
            return Ok(*id);
        }
        let sig = runtime_calls::signature(self.obj.isa().default_call_conv(), name)
            .ok_or_else(|| CodegenError(format!("unknown runtime function {name}")))?;
        let id = self
            .obj
            .declare_function(name, Linkage::Import, &sig)
            .map_err(|e| CodegenError(e.to_string()))?;
        self.runtime.insert(name, id);
        Ok(id)
    }
}
