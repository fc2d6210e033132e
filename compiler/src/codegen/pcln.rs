//! This module implements the program counter tables behind
//! runtime.Caller, Callers and FuncForPC: which function holds a code
//! address, and which source line a return address belongs to.
//!
//! Lowering marks call sites with `Inst::Pos`; translation sets each as
//! the Cranelift source location of the code that follows, and after a
//! function is compiled its machine-code ranges per location are
//! recorded here. The table is emitted only for programs that ask for
//! their call stack (otherwise it is empty): the data symbol
//! `rgo_pcln_table` holds the function count and then one 48-byte entry
//! per function, `{entry, size, name ptr, name len, locs ptr, nlocs}`;
//! each loc is 32 bytes, `{start u32, end u32, line u32, 0 u32, file ptr,
//! file len}`, offsets relative to the entry, sorted. The runtime
//! (runtime/src/pcln.rs) reads it.

use super::CodegenError;
use crate::source::Span;
use cranelift_codegen::Context;
use cranelift_codegen::ir::SourceLoc;
use cranelift_module::{DataDescription, DataId, FuncId, Linkage, Module};
use cranelift_object::ObjectModule;
use std::collections::HashMap;

/// Resolves a span to its file name (as runtime.Caller reports it) and
/// line.
pub type Resolve<'r> = &'r dyn Fn(Span) -> (String, u32);

#[derive(Default)]
pub struct Pcln {
    spans: Vec<Span>,
    index: HashMap<Span, u32>,
    funcs: Vec<FuncLines>,
}

struct FuncLines {
    id: FuncId,
    name: String,
    size: u32,
    /// (start, end, index into `spans`).
    locs: Vec<(u32, u32, u32)>,
}

fn err(e: impl std::fmt::Display) -> CodegenError {
    CodegenError(e.to_string())
}

impl Pcln {
    /// The Cranelift source location standing for `span`.
    pub fn loc(&mut self, span: Span) -> SourceLoc {
        let next = self.spans.len() as u32;
        let i = *self.index.entry(span).or_insert(next);
        if i == next {
            self.spans.push(span);
        }
        SourceLoc::new(i)
    }

    /// Records the code ranges of function `id` just compiled in `ctx`.
    pub fn record(&mut self, id: FuncId, name: &str, ctx: &Context) {
        let Some(code) = ctx.compiled_code() else {
            return;
        };
        let locs = code
            .buffer
            .get_srclocs_sorted()
            .iter()
            .filter(|l| !l.loc.is_default())
            .map(|l| (l.start, l.end, l.loc.bits()))
            .collect();
        self.funcs.push(FuncLines {
            id,
            name: go_name(name),
            size: code.buffer.total_size(),
            locs,
        });
    }

    /// Defines `rgo_pcln_table`: every recorded function when `full`,
    /// else none.
    pub fn emit(
        &self,
        obj: &mut ObjectModule,
        full: bool,
        resolve: Resolve,
    ) -> Result<(), CodegenError> {
        let funcs: &[FuncLines] = if full { &self.funcs } else { &[] };
        let mut names: HashMap<String, DataId> = HashMap::new();
        let mut text = |obj: &mut ObjectModule, s: &str| -> Result<DataId, CodegenError> {
            if let Some(id) = names.get(s) {
                return Ok(*id);
            }
            let id = define(
                obj,
                &format!("go:pcln.str.{}", names.len()),
                s.as_bytes().to_vec(),
                |_, _| {},
            )?;
            names.insert(s.to_string(), id);
            Ok(id)
        };
        let mut table = vec![0u8; 8 + 48 * funcs.len()];
        table[..8].copy_from_slice(&(funcs.len() as u64).to_le_bytes());
        let mut relocs: Vec<(usize, Target)> = Vec::new();
        for (k, f) in funcs.iter().enumerate() {
            let at = 8 + 48 * k;
            table[at + 8..at + 16].copy_from_slice(&u64::from(f.size).to_le_bytes());
            table[at + 24..at + 32].copy_from_slice(&(f.name.len() as u64).to_le_bytes());
            table[at + 40..at + 48].copy_from_slice(&(f.locs.len() as u64).to_le_bytes());
            relocs.push((at, Target::Func(f.id)));
            relocs.push((at + 16, Target::Data(text(obj, &f.name)?)));
            if !f.locs.is_empty() {
                let locs = self.locs(obj, k, f, resolve, &mut text)?;
                relocs.push((at + 32, Target::Data(locs)));
            }
        }
        let id = obj
            .declare_data("rgo_pcln_table", Linkage::Export, false, false)
            .map_err(err)?;
        let mut d = DataDescription::new();
        d.define(table.into_boxed_slice());
        d.set_align(8);
        add_relocs(obj, &mut d, &relocs);
        obj.define_data(id, &d).map_err(err)
    }

    /// The loc array of function number `k`.
    fn locs(
        &self,
        obj: &mut ObjectModule,
        k: usize,
        f: &FuncLines,
        resolve: Resolve,
        text: &mut impl FnMut(&mut ObjectModule, &str) -> Result<DataId, CodegenError>,
    ) -> Result<DataId, CodegenError> {
        let mut bytes = vec![0u8; 32 * f.locs.len()];
        let mut relocs = Vec::new();
        for (j, &(start, end, span)) in f.locs.iter().enumerate() {
            let (file, line) = resolve(self.spans[span as usize]);
            let at = 32 * j;
            bytes[at..at + 4].copy_from_slice(&start.to_le_bytes());
            bytes[at + 4..at + 8].copy_from_slice(&end.to_le_bytes());
            bytes[at + 8..at + 12].copy_from_slice(&line.to_le_bytes());
            bytes[at + 24..at + 32].copy_from_slice(&(file.len() as u64).to_le_bytes());
            relocs.push((at + 16, Target::Data(text(obj, &file)?)));
        }
        define(obj, &format!("go:pcln.locs.{k}"), bytes, |obj, d| {
            add_relocs(obj, d, &relocs)
        })
    }
}

enum Target {
    Func(FuncId),
    Data(DataId),
}

fn add_relocs(obj: &mut ObjectModule, d: &mut DataDescription, relocs: &[(usize, Target)]) {
    for (at, t) in relocs {
        match t {
            Target::Func(f) => {
                let r = obj.declare_func_in_data(*f, d);
                d.write_function_addr(*at as u32, r);
            }
            Target::Data(id) => {
                let gv = obj.declare_data_in_data(*id, d);
                d.write_data_addr(*at as u32, gv, 0);
            }
        }
    }
}

fn define(
    obj: &mut ObjectModule,
    name: &str,
    bytes: Vec<u8>,
    relocate: impl FnOnce(&mut ObjectModule, &mut DataDescription),
) -> Result<DataId, CodegenError> {
    let id = obj
        .declare_data(name, Linkage::Local, false, false)
        .map_err(err)?;
    let mut d = DataDescription::new();
    d.define(bytes.into_boxed_slice());
    d.set_align(8);
    relocate(obj, &mut d);
    obj.define_data(id, &d).map_err(err)?;
    Ok(id)
}

/// A function's name as gc's runtime reports it: the program entry is
/// `runtime.main`; everything else is its symbol.
fn go_name(symbol: &str) -> String {
    if symbol == "rgo_program_main" {
        "runtime.main".to_string()
    } else {
        symbol.to_string()
    }
}
