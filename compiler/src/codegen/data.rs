//! This module implements the read-only data generated code refers to
//! besides type descriptors: string literals (deduplicated) and the static
//! closure objects of declared functions used as func values. Each is
//! declared and defined on first use.

use super::CodegenError;
use cranelift_module::{DataDescription, DataId, FuncId, Linkage, Module};
use cranelift_object::ObjectModule;
use std::collections::HashMap;

#[derive(Default)]
pub struct DataCache {
    strings: HashMap<Vec<u8>, DataId>,
    closures: HashMap<FuncId, DataId>,
}

fn err(e: impl std::fmt::Display) -> CodegenError {
    CodegenError(e.to_string())
}

impl DataCache {
    pub fn string(&mut self, obj: &mut ObjectModule, bytes: &[u8]) -> Result<DataId, CodegenError> {
        if let Some(id) = self.strings.get(bytes) {
            return Ok(*id);
        }
        let name = format!("go:string.{}", self.strings.len());
        let id = obj
            .declare_data(&name, Linkage::Local, false, false)
            .map_err(err)?;
        let mut d = DataDescription::new();
        d.define(bytes.to_vec().into_boxed_slice());
        obj.define_data(id, &d).map_err(err)?;
        self.strings.insert(bytes.to_vec(), id);
        Ok(id)
    }

    /// A one-word closure object holding the function's code address.
    pub fn closure(&mut self, obj: &mut ObjectModule, f: FuncId) -> Result<DataId, CodegenError> {
        if let Some(id) = self.closures.get(&f) {
            return Ok(*id);
        }
        let id = obj
            .declare_data(
                &format!("go:funcval.{}", self.closures.len()),
                Linkage::Local,
                false,
                false,
            )
            .map_err(err)?;
        let mut d = DataDescription::new();
        // Not zero-init: that would go to .bss, where relocations cannot be.
        d.define(vec![0u8; 8].into_boxed_slice());
        d.set_align(8);
        let fref = obj.declare_func_in_data(f, &mut d);
        d.write_function_addr(0, fref);
        obj.define_data(id, &d).map_err(err)?;
        self.closures.insert(f, id);
        Ok(id)
    }
}
