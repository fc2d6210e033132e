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
    /// Boxed constants: their bytes.
    constants: HashMap<Vec<u8>, DataId>,
    /// Boxed string constants: `{ptr, len}` headers, by contents.
    headers: HashMap<(Option<DataId>, u64), DataId>,
}

fn err(e: impl std::fmt::Display) -> CodegenError {
    CodegenError(e.to_string())
}

/// Declares and defines local read-only data `name` with `contents`
/// (8-byte aligned when `aligned`); `relocate` adds its relocations.
fn define_local(
    obj: &mut ObjectModule,
    name: &str,
    contents: Vec<u8>,
    aligned: bool,
    relocate: impl FnOnce(&mut ObjectModule, &mut DataDescription),
) -> Result<DataId, CodegenError> {
    let id = obj
        .declare_data(name, Linkage::Local, false, false)
        .map_err(err)?;
    let mut d = DataDescription::new();
    d.define(contents.into_boxed_slice());
    if aligned {
        d.set_align(8);
    }
    relocate(obj, &mut d);
    obj.define_data(id, &d).map_err(err)?;
    Ok(id)
}

impl DataCache {
    pub fn string(&mut self, obj: &mut ObjectModule, bytes: &[u8]) -> Result<DataId, CodegenError> {
        if let Some(id) = self.strings.get(bytes) {
            return Ok(*id);
        }
        let name = format!("go:string.{}", self.strings.len());
        let id = define_local(obj, &name, bytes.to_vec(), false, |_, _| {})?;
        self.strings.insert(bytes.to_vec(), id);
        Ok(id)
    }

    /// Read-only bytes of a boxed constant, 8-byte aligned (enough for
    /// every basic type sharing the same bytes).
    pub fn constant(
        &mut self,
        obj: &mut ObjectModule,
        bytes: Vec<u8>,
    ) -> Result<DataId, CodegenError> {
        if let Some(id) = self.constants.get(&bytes) {
            return Ok(*id);
        }
        let name = format!("go:const.{}", self.constants.len());
        let id = define_local(obj, &name, bytes.clone(), true, |_, _| {})?;
        self.constants.insert(bytes, id);
        Ok(id)
    }

    /// A read-only string header `{ptr, len}` for a boxed string constant.
    pub fn string_header(
        &mut self,
        obj: &mut ObjectModule,
        bytes: Option<DataId>,
        len: u64,
    ) -> Result<DataId, CodegenError> {
        if let Some(id) = self.headers.get(&(bytes, len)) {
            return Ok(*id);
        }
        let name = format!("go:strhdr.{}", self.headers.len());
        let mut contents = vec![0u8; 16];
        contents[8..].copy_from_slice(&len.to_le_bytes());
        let id = define_local(obj, &name, contents, true, |obj, d| {
            if let Some(b) = bytes {
                let gv = obj.declare_data_in_data(b, d);
                d.write_data_addr(0, gv, 0);
            }
        })?;
        self.headers.insert((bytes, len), id);
        Ok(id)
    }

    /// A one-word closure object holding the function's code address.
    pub fn closure(&mut self, obj: &mut ObjectModule, f: FuncId) -> Result<DataId, CodegenError> {
        if let Some(id) = self.closures.get(&f) {
            return Ok(*id);
        }
        let name = format!("go:funcval.{}", self.closures.len());
        // Not zero-init: that would go to .bss, where relocations cannot be.
        let id = define_local(obj, &name, vec![0u8; 8], true, |obj, d| {
            let fref = obj.declare_func_in_data(f, d);
            d.write_function_addr(0, fref);
        })?;
        self.closures.insert(f, id);
        Ok(id)
    }
}
