//! This module implements type descriptors and itabs, the run-time
//! descriptions of Go types: one descriptor per type in a program (so the
//! runtime compares types by address), laid out exactly as
//! runtime/src/types.rs documents (the `OFF_*` constants below, checked
//! against the runtime by a test), with the type's equality and hash
//! functions, its pointer bitmap, its name as `%T` prints it, its
//! element, key, field and method tables. An itab is the interface type,
//! the dynamic type and one function per interface method.

use super::{CodegenError, Gen, err};
use crate::types::sizes::PointerWords;
use crate::types::ty::{Basic, Type, TypeId, TypeTable};
use cranelift_module::{DataDescription, DataId, Linkage, Module};
use std::collections::HashMap;

pub const DESC_SIZE: usize = 136;
pub const OFF_SIZE: usize = 0;
pub const OFF_PTRDATA: usize = 8;
pub const OFF_HASH: usize = 16;
pub const OFF_KIND: usize = 20;
pub const OFF_ALIGN: usize = 21;
pub const OFF_FLAGS: usize = 22;
pub const OFF_EQUAL: usize = 24;
pub const OFF_HASHFN: usize = 32;
pub const OFF_GCDATA: usize = 40;
pub const OFF_NAME: usize = 48;
pub const OFF_PKGPATH: usize = 64;
pub const OFF_ELEM: usize = 80;
pub const OFF_KEY: usize = 88;
pub const OFF_LEN: usize = 96;
pub const OFF_FIELDS: usize = 104;
pub const OFF_NFIELDS: usize = 112;
pub const OFF_METHODS: usize = 120;
pub const OFF_NMETHODS: usize = 128;

pub const FLAG_NAMED: u8 = 1;
pub const FLAG_COMPARABLE: u8 = 2;
pub const FLAG_DIRECT_IFACE: u8 = 4;
pub const FLAG_REGULAR_MEMORY: u8 = 8;

/// Bytes of a struct field descriptor, a method descriptor and an
/// interface method descriptor.
const FIELD_DESC: usize = 56;
const METHOD_DESC: usize = 48;
const IMETHOD_DESC: usize = 40;

#[derive(Default)]
pub struct Descs {
    ids: HashMap<TypeId, DataId>,
    itabs: HashMap<(TypeId, TypeId), DataId>,
    pending: Vec<TypeId>,
    pending_itabs: Vec<(TypeId, TypeId)>,
    aux: usize,
}

/// A descriptor under construction: bytes plus relocations.
struct Blob {
    bytes: Vec<u8>,
    data_relocs: Vec<(usize, DataId)>,
    func_relocs: Vec<(usize, cranelift_module::FuncId)>,
}

impl Blob {
    fn new(n: usize) -> Blob {
        Blob {
            bytes: vec![0; n],
            data_relocs: Vec::new(),
            func_relocs: Vec::new(),
        }
    }

    fn u64(&mut self, off: usize, v: u64) {
        self.bytes[off..off + 8].copy_from_slice(&v.to_le_bytes());
    }

    fn data(&mut self, off: usize, id: DataId) {
        self.data_relocs.push((off, id));
    }

    fn func(&mut self, off: usize, id: cranelift_module::FuncId) {
        self.func_relocs.push((off, id));
    }
}

impl Gen<'_> {
    /// The descriptor of `t`, declared now and defined at the end.
    pub fn type_desc(&mut self, t: TypeId) -> Result<DataId, CodegenError> {
        if let Some(id) = self.descs.ids.get(&t) {
            return Ok(*id);
        }
        let id = self
            .obj
            .declare_data(&format!("type:{}", t.0), Linkage::Local, false, false)
            .map_err(err)?;
        self.descs.ids.insert(t, id);
        self.descs.pending.push(t);
        Ok(id)
    }

    /// The itab of concrete type `t` for interface type `i`.
    pub fn itab(&mut self, i: TypeId, t: TypeId) -> Result<DataId, CodegenError> {
        if let Some(id) = self.descs.itabs.get(&(i, t)) {
            return Ok(*id);
        }
        let id = self
            .obj
            .declare_data(
                &format!("itab:{}:{}", i.0, t.0),
                Linkage::Local,
                false,
                false,
            )
            .map_err(err)?;
        self.descs.itabs.insert((i, t), id);
        self.descs.pending_itabs.push((i, t));
        Ok(id)
    }

    /// Defines every descriptor and itab declared so far, and those they
    /// refer to.
    pub fn define_descs(&mut self) -> Result<(), CodegenError> {
        loop {
            if let Some(t) = self.descs.pending.pop() {
                self.define_desc(t)?;
            } else if let Some((i, t)) = self.descs.pending_itabs.pop() {
                self.define_itab(i, t)?;
            } else {
                return Ok(());
            }
        }
    }

    fn define_desc(&mut self, t: TypeId) -> Result<(), CodegenError> {
        let tt = self.tt;
        let sa = tt.size_align(t);
        let mut b = Blob::new(DESC_SIZE);
        b.u64(OFF_SIZE, sa.size);
        let bitmap = pointer_bitmap(tt, t);
        let ptr_words = bitmap.iter().rposition(|&w| w).map_or(0, |i| i + 1);
        b.u64(OFF_PTRDATA, 8 * ptr_words as u64);
        let name = tt.rt_name(t);
        b.bytes[OFF_HASH..OFF_HASH + 4].copy_from_slice(&type_hash(&name, t).to_le_bytes());
        b.bytes[OFF_KIND] = kind(tt, t);
        b.bytes[OFF_ALIGN] = sa.align as u8;
        b.bytes[OFF_FLAGS] = flags(tt, t);
        if let Some((eq, hash)) = alg_functions(tt, t) {
            let e = self.runtime_func(eq)?;
            b.func(OFF_EQUAL, e);
            let h = self.runtime_func(hash)?;
            b.func(OFF_HASHFN, h);
        }
        if ptr_words > 0 {
            let bits = pack_bits(&bitmap[..ptr_words]);
            let id = self.aux_data(bits, 1)?;
            b.data(OFF_GCDATA, id);
        }
        self.string_field(&mut b, OFF_NAME, name.as_bytes())?;
        if let Type::Named { pkg, .. } = tt.get(t) {
            self.string_field(&mut b, OFF_PKGPATH, pkg.as_bytes())?;
        }
        self.shape_fields(&mut b, t)?;
        self.method_fields(&mut b, t)?;
        self.define_blob(self.descs.ids[&t], b, 8)
    }

    /// Element, key, length and the field/parameter/method tables.
    fn shape_fields(&mut self, b: &mut Blob, t: TypeId) -> Result<(), CodegenError> {
        let tt = self.tt;
        match tt.get(tt.underlying(t)).clone() {
            Type::Pointer(e) | Type::Slice(e) => b.data(OFF_ELEM, self.type_desc(e)?),
            Type::Array(n, e) => {
                b.data(OFF_ELEM, self.type_desc(e)?);
                b.u64(OFF_LEN, n);
            }
            Type::Chan(dir, e) => {
                b.data(OFF_ELEM, self.type_desc(e)?);
                let d = match dir {
                    crate::types::ty::ChanDir::Recv => 1,
                    crate::types::ty::ChanDir::Send => 2,
                    crate::types::ty::ChanDir::Both => 3,
                };
                b.u64(OFF_LEN, d);
            }
            Type::Map(k, v) => {
                b.data(OFF_KEY, self.type_desc(k)?);
                b.data(OFF_ELEM, self.type_desc(v)?);
            }
            Type::Struct(fields) => {
                let offsets = tt.field_offsets(t);
                let mut tab = Blob::new(FIELD_DESC * fields.len());
                for (i, f) in fields.iter().enumerate() {
                    let at = FIELD_DESC * i;
                    self.string_field(&mut tab, at, f.name.as_bytes())?;
                    tab.data(at + 16, self.type_desc(f.ty)?);
                    tab.u64(at + 24, offsets[i]);
                    let exported = f.name.chars().next().is_some_and(char::is_uppercase);
                    tab.u64(at + 32, f.embedded as u64 | (exported as u64) << 1);
                    if let Some(tag) = &f.tag {
                        self.string_field(&mut tab, at + 40, tag.as_bytes())?;
                    }
                }
                self.table_field(b, OFF_FIELDS, tab)?;
                b.u64(OFF_NFIELDS, fields.len() as u64);
            }
            Type::Func {
                params,
                results,
                variadic,
            } => {
                let all: Vec<TypeId> = params.iter().chain(&results).copied().collect();
                let mut tab = Blob::new(8 * all.len());
                for (i, p) in all.iter().enumerate() {
                    tab.data(8 * i, self.type_desc(*p)?);
                }
                self.table_field(b, OFF_FIELDS, tab)?;
                b.u64(
                    OFF_NFIELDS,
                    params.len() as u64 | (results.len() as u64) << 32,
                );
                b.u64(OFF_LEN, variadic as u64);
            }
            Type::Interface(ms) => {
                let mut tab = Blob::new(IMETHOD_DESC * ms.len());
                for (i, m) in ms.iter().enumerate() {
                    let at = IMETHOD_DESC * i;
                    self.string_field(&mut tab, at, m.name.as_bytes())?;
                    self.string_field(&mut tab, at + 16, m.pkg.as_bytes())?;
                    tab.data(at + 32, self.type_desc(m.sig)?);
                }
                self.table_field(b, OFF_FIELDS, tab)?;
                b.u64(OFF_NFIELDS, ms.len() as u64);
            }
            _ => {}
        }
        Ok(())
    }

    /// The method table of a type with methods.
    fn method_fields(&mut self, b: &mut Blob, t: TypeId) -> Result<(), CodegenError> {
        let Some(ms) = self.method_tables.get(&t) else {
            return Ok(());
        };
        let ms = ms.clone();
        if ms.is_empty() {
            return Ok(());
        }
        let mut tab = Blob::new(METHOD_DESC * ms.len());
        for (i, m) in ms.iter().enumerate() {
            let at = METHOD_DESC * i;
            self.string_field(&mut tab, at, m.name.as_bytes())?;
            self.string_field(&mut tab, at + 16, m.pkg.as_bytes())?;
            tab.data(at + 32, self.type_desc(m.sig)?);
            tab.func(at + 40, self.funcs[m.ifn as usize]);
        }
        self.table_field(b, OFF_METHODS, tab)?;
        b.u64(OFF_NMETHODS, ms.len() as u64);
        Ok(())
    }

    fn define_itab(&mut self, i: TypeId, t: TypeId) -> Result<(), CodegenError> {
        let tt = self.tt;
        let Type::Interface(want) = tt.get(tt.underlying(i)).clone() else {
            return Err(CodegenError(format!(
                "itab for non-interface {}",
                tt.rt_name(i)
            )));
        };
        let table = self.method_tables.get(&t).cloned().unwrap_or_default();
        let mut b = Blob::new(24 + 8 * want.len());
        b.data(0, self.type_desc(i)?);
        b.data(8, self.type_desc(t)?);
        let h = type_hash(&tt.rt_name(t), t);
        b.bytes[16..20].copy_from_slice(&h.to_le_bytes());
        for (k, m) in want.iter().enumerate() {
            let Some(e) = table.iter().find(|e| e.name == m.name && e.pkg == m.pkg) else {
                return Err(CodegenError(format!(
                    "{} has no method {} for {}",
                    tt.rt_name(t),
                    m.name,
                    tt.rt_name(i)
                )));
            };
            b.func(24 + 8 * k, self.funcs[e.ifn as usize]);
        }
        let id = self.descs.itabs[&(i, t)];
        self.define_blob(id, b, 8)
    }

    /// A Go string field (pointer, length) at `off`.
    fn string_field(&mut self, b: &mut Blob, off: usize, s: &[u8]) -> Result<(), CodegenError> {
        if !s.is_empty() {
            let id = self.data.string(&mut self.obj, s)?;
            b.data(off, id);
        }
        b.u64(off + 8, s.len() as u64);
        Ok(())
    }

    /// A pointer at `off` to a separate table.
    fn table_field(&mut self, b: &mut Blob, off: usize, tab: Blob) -> Result<(), CodegenError> {
        if tab.bytes.is_empty() {
            return Ok(());
        }
        let id = self.new_aux()?;
        self.define_blob(id, tab, 8)?;
        b.data(off, id);
        Ok(())
    }

    fn new_aux(&mut self) -> Result<DataId, CodegenError> {
        self.descs.aux += 1;
        self.obj
            .declare_data(
                &format!("go:typeaux.{}", self.descs.aux),
                Linkage::Local,
                false,
                false,
            )
            .map_err(err)
    }

    fn aux_data(&mut self, bytes: Vec<u8>, align: u64) -> Result<DataId, CodegenError> {
        let id = self.new_aux()?;
        let blob = Blob {
            bytes,
            data_relocs: Vec::new(),
            func_relocs: Vec::new(),
        };
        self.define_blob(id, blob, align)?;
        Ok(id)
    }

    fn define_blob(&mut self, id: DataId, b: Blob, align: u64) -> Result<(), CodegenError> {
        let mut d = DataDescription::new();
        d.define(b.bytes.into_boxed_slice());
        d.set_align(align);
        for (off, target) in b.data_relocs {
            let gv = self.obj.declare_data_in_data(target, &mut d);
            d.write_data_addr(off as u32, gv, 0);
        }
        for (off, f) in b.func_relocs {
            let fref = self.obj.declare_func_in_data(f, &mut d);
            d.write_function_addr(off as u32, fref);
        }
        self.obj.define_data(id, &d).map_err(err)
    }
}

/// Go's reflect.Kind numbering.
pub fn kind(tt: &TypeTable, t: TypeId) -> u8 {
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
            Complex128 | UntypedComplex => 16,
            String | UntypedString => 24,
            UnsafePointer => 26,
            Invalid | UntypedNil => 0,
        },
        Type::Array(..) => 17,
        Type::Chan(..) => 18,
        Type::Func { .. } => 19,
        Type::Interface(_) => 20,
        Type::Map(..) => 21,
        Type::Pointer(_) => 22,
        Type::Slice(_) => 23,
        Type::Struct(_) => 25,
        Type::Tuple(_) | Type::Named { .. } => 0,
    }
}

fn flags(tt: &TypeTable, t: TypeId) -> u8 {
    let mut f = 0;
    if matches!(tt.get(t), Type::Named { .. } | Type::Basic(_)) {
        f |= FLAG_NAMED;
    }
    if tt.comparable(t) {
        f |= FLAG_COMPARABLE;
    }
    if direct_iface(tt, t) {
        f |= FLAG_DIRECT_IFACE;
    }
    if regular_memory(tt, t) {
        f |= FLAG_REGULAR_MEMORY;
    }
    f
}

/// Values an interface holds in its data word directly.
pub fn direct_iface(tt: &TypeTable, t: TypeId) -> bool {
    match tt.get(tt.underlying(t)) {
        Type::Pointer(_) | Type::Map(..) | Type::Chan(..) | Type::Func { .. } => true,
        Type::Basic(b) => *b == Basic::UnsafePointer,
        _ => false,
    }
}

/// Whether equality and hashing may compare raw bytes: no floats,
/// strings or interfaces, and no padding.
fn regular_memory(tt: &TypeTable, t: TypeId) -> bool {
    match tt.get(tt.underlying(t)) {
        Type::Basic(b) => b.is_integer() || b.is_boolean() || *b == Basic::UnsafePointer,
        Type::Pointer(_) | Type::Chan(..) => true,
        Type::Array(_, e) => regular_memory(tt, *e),
        Type::Struct(fields) => {
            let offsets = tt.field_offsets(t);
            let mut end = 0;
            for (f, off) in fields.iter().zip(offsets) {
                if off != end || !regular_memory(tt, f.ty) || f.name == "_" {
                    return false;
                }
                end = off + tt.size_of(f.ty);
            }
            end == tt.size_of(t)
        }
        _ => false,
    }
}

/// The runtime's equality and hash functions for `t` (none when `t` is
/// not comparable).
fn alg_functions(tt: &TypeTable, t: TypeId) -> Option<(&'static str, &'static str)> {
    if !tt.comparable(t) {
        return None;
    }
    if regular_memory(tt, t) {
        return Some(match tt.size_of(t) {
            1 => ("rgo_memequal8", "rgo_memhash8"),
            2 => ("rgo_memequal16", "rgo_memhash16"),
            4 => ("rgo_memequal32", "rgo_memhash32"),
            8 => ("rgo_memequal64", "rgo_memhash64"),
            16 => ("rgo_memequal128", "rgo_memhash128"),
            _ => ("rgo_memequal", "rgo_memhash"),
        });
    }
    Some(match tt.get(tt.underlying(t)) {
        Type::Basic(b) if b.is_string() => ("rgo_strequal", "rgo_strhash"),
        Type::Basic(Basic::Float32) => ("rgo_f32equal", "rgo_f32hash"),
        Type::Basic(Basic::Float64) => ("rgo_f64equal", "rgo_f64hash"),
        Type::Basic(Basic::Complex64) => ("rgo_c64equal", "rgo_c64hash"),
        Type::Basic(Basic::Complex128) => ("rgo_c128equal", "rgo_c128hash"),
        Type::Interface(ms) if ms.is_empty() => ("rgo_efaceequal", "rgo_efacehash"),
        Type::Interface(_) => ("rgo_ifaceequal", "rgo_ifacehash"),
        _ => ("rgo_generic_equal", "rgo_generic_hash"),
    })
}

/// Which words of a value of type `t` may hold pointers.
pub fn pointer_bitmap(tt: &TypeTable, t: TypeId) -> Vec<bool> {
    let words = tt.size_of(t).div_ceil(8) as usize;
    let mut out = vec![false; words.min(1 << 24)];
    mark_pointers(tt, t, 0, &mut out);
    out
}

fn mark_pointers(tt: &TypeTable, t: TypeId, off: u64, out: &mut [bool]) {
    let mut set = |o: u64| {
        if let Some(w) = out.get_mut((o / 8) as usize) {
            *w = true;
        }
    };
    match tt.get(tt.underlying(t)) {
        Type::Basic(b) if b.is_string() || *b == Basic::UnsafePointer => set(off),
        Type::Pointer(_) | Type::Map(..) | Type::Chan(..) | Type::Func { .. } | Type::Slice(_) => {
            set(off)
        }
        Type::Interface(_) => {
            set(off);
            set(off + 8);
        }
        Type::Array(n, e) => {
            let es = tt.size_of(*e);
            if es == 0 || !tt.has_pointers(*e, PointerWords::Traced) {
                return;
            }
            for i in 0..*n {
                if (off + i * es) / 8 >= out.len() as u64 {
                    break;
                }
                mark_pointers(tt, *e, off + i * es, out);
            }
        }
        Type::Struct(fields) => {
            for (f, o) in fields.iter().zip(tt.field_offsets(t)) {
                mark_pointers(tt, f.ty, off + o, out);
            }
        }
        _ => {}
    }
}

fn pack_bits(words: &[bool]) -> Vec<u8> {
    let mut out = vec![0u8; words.len().div_ceil(8)];
    for (i, w) in words.iter().enumerate() {
        if *w {
            out[i / 8] |= 1 << (i % 8);
        }
    }
    out
}

/// FNV-1a of the type's name, mixed with its id (types of the same name
/// in different scopes differ).
fn type_hash(name: &str, t: TypeId) -> u32 {
    let mut h: u32 = 0x811c9dc5;
    for b in name.bytes() {
        h ^= b as u32;
        h = h.wrapping_mul(0x01000193);
    }
    h ^ t.0.wrapping_mul(0x9e3779b9)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The (offset, field) rows of the layout table documented in the
    /// runtime, which also checks its `TypeDesc` struct against them.
    fn documented() -> Vec<(usize, String)> {
        include_str!("../../../runtime/src/types.rs")
            .lines()
            .filter_map(|l| l.strip_prefix("//! | "))
            .filter_map(|row| {
                let mut cells = row.split(" | ");
                let off = cells.next()?.parse().ok()?;
                let field = cells.next()?.split(' ').next()?.to_string();
                Some((off, field))
            })
            .collect()
    }

    #[test]
    fn offsets_match_the_runtime_layout() {
        let ours = [
            ("size", OFF_SIZE),
            ("ptrdata", OFF_PTRDATA),
            ("hash", OFF_HASH),
            ("kind", OFF_KIND),
            ("align", OFF_ALIGN),
            ("flags", OFF_FLAGS),
            ("equal", OFF_EQUAL),
            ("hashfn", OFF_HASHFN),
            ("gcdata", OFF_GCDATA),
            ("name", OFF_NAME),
            ("pkgpath", OFF_PKGPATH),
            ("elem", OFF_ELEM),
            ("key", OFF_KEY),
            ("len", OFF_LEN),
            ("fields", OFF_FIELDS),
            ("nfields", OFF_NFIELDS),
            ("methods", OFF_METHODS),
            ("nmethods", OFF_NMETHODS),
        ];
        let doc = documented();
        for (name, off) in ours {
            let row = doc.iter().find(|(_, f)| f == name);
            assert_eq!(row.map(|r| r.0), Some(off), "offset of {name}");
        }
        assert_eq!(DESC_SIZE, 136);
    }
}
