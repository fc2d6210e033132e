//! This module implements the read-only data generated code refers to:
//! string literals (deduplicated), type descriptors and static closure
//! objects for func values. Each is declared on first use and defined
//! once all functions are translated.
//!
//! Type descriptor layout (read by the runtime, runtime/src/types.rs):
//! `size u64 | kind u64 (reflect.Kind) | name ptr | name len | elem desc`.

use super::CodegenError;
use crate::types::ty::{Basic, Type, TypeId, TypeTable};
use cranelift_module::{DataDescription, DataId, FuncId, Linkage, Module};
use cranelift_object::ObjectModule;
use std::collections::HashMap;

#[derive(Default)]
pub struct DataCache {
    strings: HashMap<Vec<u8>, DataId>,
    descs: HashMap<TypeId, DataId>,
    closures: HashMap<FuncId, DataId>,
    pending_descs: Vec<TypeId>,
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

    pub fn type_desc(&mut self, obj: &mut ObjectModule, t: TypeId) -> Result<DataId, CodegenError> {
        if let Some(id) = self.descs.get(&t) {
            return Ok(*id);
        }
        let name = format!("type:{}", t.0);
        let id = obj
            .declare_data(&name, Linkage::Local, false, false)
            .map_err(err)?;
        self.descs.insert(t, id);
        self.pending_descs.push(t);
        Ok(id)
    }

    pub fn closure(
        &mut self,
        obj: &mut ObjectModule,
        f: FuncId,
        symbol: &str,
    ) -> Result<DataId, CodegenError> {
        if let Some(id) = self.closures.get(&f) {
            return Ok(*id);
        }
        let id = obj
            .declare_data(&format!("{symbol}·f"), Linkage::Local, false, false)
            .map_err(err)?;
        let mut d = DataDescription::new();
        d.define_zeroinit(8);
        d.set_align(8);
        let fref = obj.declare_func_in_data(f, &mut d);
        d.write_function_addr(0, fref);
        obj.define_data(id, &d).map_err(err)?;
        self.closures.insert(f, id);
        Ok(id)
    }

    /// Defines every type descriptor declared so far (and the ones they
    /// refer to).
    pub fn define_all(
        &mut self,
        obj: &mut ObjectModule,
        tt: &TypeTable,
    ) -> Result<(), CodegenError> {
        while let Some(t) = self.pending_descs.pop() {
            self.define_desc(obj, tt, t)?;
        }
        Ok(())
    }

    fn define_desc(
        &mut self,
        obj: &mut ObjectModule,
        tt: &TypeTable,
        t: TypeId,
    ) -> Result<(), CodegenError> {
        let size = crate::ir::layout::layout(tt, t)
            .map(|l| l.size)
            .unwrap_or(0);
        let name = tt.display(t);
        let name_id = self.string(obj, name.as_bytes())?;
        let elem = match tt.get(tt.underlying(t)) {
            Type::Pointer(e) | Type::Slice(e) | Type::Array(_, e) => Some(self.type_desc(obj, *e)?),
            _ => None,
        };
        let mut bytes = vec![0u8; 40];
        bytes[0..8].copy_from_slice(&size.to_le_bytes());
        bytes[8..16].copy_from_slice(&kind(tt, t).to_le_bytes());
        bytes[24..32].copy_from_slice(&(name.len() as u64).to_le_bytes());
        let mut d = DataDescription::new();
        d.define(bytes.into_boxed_slice());
        d.set_align(8);
        let gv = obj.declare_data_in_data(name_id, &mut d);
        d.write_data_addr(16, gv, 0);
        if let Some(e) = elem {
            let gv = obj.declare_data_in_data(e, &mut d);
            d.write_data_addr(32, gv, 0);
        }
        let id = self.descs[&t];
        obj.define_data(id, &d).map_err(err)
    }
}

/// Go's reflect.Kind numbering.
fn kind(tt: &TypeTable, t: TypeId) -> u64 {
    use Basic::*;
    match tt.get(tt.underlying(t)) {
        Type::Basic(b) => match b {
            Bool | UntypedBool => 1,
            Int | UntypedInt => 2,
            Int8 => 3,
            Int16 => 4,
            Int32 | UntypedRune => 5,
            Int64 => 6,
            Uint => 7,
            Uint8 => 8,
            Uint16 => 9,
            Uint32 => 10,
            Uint64 => 11,
            Uintptr => 12,
            Float32 => 13,
            Float64 | UntypedFloat => 14,
            Complex64 => 15,
            Complex128 => 16,
            String | UntypedString => 24,
            UnsafePointer => 26,
            Invalid | UntypedNil => 0,
        },
        Type::Array(..) => 17,
        Type::Func { .. } => 19,
        Type::Interface(_) => 20,
        Type::Pointer(_) => 22,
        Type::Slice(_) => 23,
        Type::Tuple(_) | Type::Named { .. } => 0,
    }
}
