//! This module implements code generation: the IR module becomes a
//! Cranelift object file for the chosen architecture. `Gen` owns the
//! object module and everything shared between functions (function ids,
//! runtime imports, read-only data); func.rs translates one function at
//! a time with place.rs, ops.rs and call.rs; typedesc.rs emits type
//! descriptors and itabs; data.rs strings and static func values.

mod abi;
mod call;
mod data;
mod func;
mod isa;
mod ops;
mod pcln;
mod place;
pub mod runtime_calls;
pub mod typedesc;

use crate::ir::{self, Abi, Module};
use crate::target::Arch;
use crate::types::ty::{TypeId, TypeTable};
use cranelift_codegen::Context;
use cranelift_codegen::ir as cl;
use cranelift_frontend::FunctionBuilderContext;
use cranelift_module::{DataId, FuncId, Linkage, Module as _};
use cranelift_object::{ObjectBuilder, ObjectModule};
use std::collections::HashMap;

/// The runtime symbol zero-sized variables are placed at (runtime/src/alloc.rs).
const ZEROBASE: &str = "rgo_zerobase";

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
    /// ABI, parameter and result types of every module function.
    pub module_funcs: Vec<(Abi, Vec<TypeId>, Vec<TypeId>)>,
    pub runtime: HashMap<&'static str, FuncId>,
    pub data: data::DataCache,
    pub descs: typedesc::Descs,
    pub globals: Vec<DataId>,
    pub global_types: Vec<TypeId>,
    pub method_tables: &'a HashMap<TypeId, Vec<ir::lower::MethodEntry>>,
    pub pcln: pcln::Pcln,
}

/// Compiles the module to an ELF object for `arch`.
/// `resolve` gives a call site's file and line for the pc tables.
pub fn compile(
    m: &Module,
    tt: &TypeTable,
    arch: Arch,
    resolve: pcln::Resolve,
) -> Result<Vec<u8>, CodegenError> {
    let isa = isa::build(arch)?;
    let mut builder = ObjectBuilder::new(isa, "go", cranelift_module::default_libcall_names())
        .map_err(|e| CodegenError(e.to_string()))?;
    builder.per_function_section(true);
    let mut g = Gen {
        obj: ObjectModule::new(builder),
        tt,
        funcs: Vec::new(),
        module_funcs: m
            .funcs
            .iter()
            .map(|f| {
                let (ps, rs) = abi::fn_types(f);
                (f.abi, ps, rs)
            })
            .collect(),
        runtime: HashMap::new(),
        data: data::DataCache::default(),
        descs: typedesc::Descs::default(),
        globals: Vec::new(),
        global_types: m.globals.iter().map(|g| g.ty).collect(),
        method_tables: &m.method_tables,
        pcln: pcln::Pcln::default(),
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
    g.define_descs()?;
    let full = crate::ir::inline::uses_call_stack(m);
    g.pcln.emit(&mut g.obj, full, resolve)?;
    let product = g.obj.finish();
    product.emit().map_err(|e| CodegenError(e.to_string()))
}

fn err(e: impl std::fmt::Display) -> CodegenError {
    CodegenError(e.to_string())
}

impl<'a> Gen<'a> {
    fn declare_all(&mut self, m: &Module) -> Result<(), CodegenError> {
        for f in &m.funcs {
            let (_, sig) = self.fn_abi(f);
            // The entry and package runtime's functions are called by the
            // runtime (Rust).
            let linkage = if f.blocks.is_empty() {
                Linkage::Import
            } else if f.abi == Abi::Entry || f.symbol.starts_with("runtime.") {
                Linkage::Export
            } else {
                Linkage::Local
            };
            let id = self
                .obj
                .declare_function(&f.symbol, linkage, &sig)
                .map_err(err)?;
            self.funcs.push(id);
        }
        for g in &m.globals {
            // Zero-sized variables all live at the runtime's zerobase, as
            // in gc (`&x == new([0]int)`).
            let id = if self.tt.size_align(g.ty).size == 0 {
                self.obj
                    .declare_data(ZEROBASE, Linkage::Import, false, false)
            } else {
                self.obj
                    .declare_data(&g.symbol, Linkage::Local, true, false)
            }
            .map_err(err)?;
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
        let (_, sig) = self.fn_abi(f);
        ctx.func.signature = sig;
        func::translate(self, f, &mut ctx.func, fctx)?;
        self.obj
            .define_function(self.funcs[index], ctx)
            .map_err(|e| CodegenError(format!("{}: {e:?}", f.symbol)))?;
        self.pcln.record(self.funcs[index], &f.symbol, ctx);
        self.obj.clear_context(ctx);
        Ok(())
    }

    fn define_globals(&mut self, m: &Module) -> Result<(), CodegenError> {
        for (g, id) in m.globals.iter().zip(self.globals.clone()) {
            let sa = self.tt.size_align(g.ty);
            if sa.size == 0 {
                continue;
            }
            let mut d = cranelift_module::DataDescription::new();
            d.define_zeroinit(sa.size.max(1) as usize);
            d.set_align(sa.align.max(8));
            self.obj.define_data(id, &d).map_err(err)?;
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
            .map_err(err)?;
        self.runtime.insert(name, id);
        Ok(id)
    }

    pub fn obj_declare_func_in_func(&mut self, id: FuncId, f: &mut cl::Function) -> cl::FuncRef {
        self.obj.declare_func_in_func(id, f)
    }

    pub fn obj_declare_data_in_func(
        &mut self,
        id: DataId,
        f: &mut cl::Function,
    ) -> cl::GlobalValue {
        self.obj.declare_data_in_func(id, f)
    }

    pub fn obj_target_config(&self) -> cranelift_codegen::isa::TargetFrontendConfig {
        self.obj.target_config()
    }

    /// The static closure object of module function `f`.
    pub fn func_value(&mut self, f: u32) -> Result<DataId, CodegenError> {
        let fid = self.funcs[f as usize];
        self.data.closure(&mut self.obj, fid)
    }
}
