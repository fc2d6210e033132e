//! This module implements the runtime's view of type descriptors: the one
//! definition of a Go type's run-time description, emitted by the compiler
//! (compiler/src/codegen/typedesc.rs) and read here, by the maps, the
//! interface code, printing and (later) the collector. Go code reads the
//! same layout through a mirror struct (`rtype` in stdlib/fmt/value.go).
//! All must agree with the table below: a test here checks `TypeDesc`
//! against it and a test in compiler/src/codegen/typedesc.rs checks the
//! compiler's offsets against it.
//!
//! Layout (every field at a fixed offset, 8-byte aligned, 136 bytes):
//!
//! | off | field | meaning |
//! |---|---|---|
//! | 0 | size u64 | size of a value in bytes |
//! | 8 | ptrdata u64 | length of the prefix that may hold pointers (0: none) |
//! | 16 | hash u32 | a hash of the type's identity |
//! | 20 | kind u8 | Go's reflect.Kind |
//! | 21 | align u8 | alignment of a value |
//! | 22 | flags u8 | `FLAG_*` |
//! | 23 | pad u8 | |
//! | 24 | equal | `fn(t, a, b) -> u8`, null when not comparable |
//! | 32 | hashfn | `fn(t, p, seed) -> u64`, null when not hashable |
//! | 40 | gcdata | pointer bitmap: bit i set when word i may hold a pointer |
//! | 48 | name | Go string: the type as `%T` prints it (`main.T`, `[]int`) |
//! | 64 | pkgpath | Go string: package of a defined type, else empty |
//! | 80 | elem | pointer, slice, array, channel element; map value |
//! | 88 | key | map key |
//! | 96 | len | array length; channel direction (1 recv, 2 send, 3 both); func: 1 when variadic |
//! | 104 | fields | struct: `[FieldDesc]`; func: `[*TypeDesc]` params then results; interface: `[IMethodDesc]` |
//! | 112 | nfields | struct fields; interface methods; func: `nin | nout << 32` |
//! | 120 | methods | `[MethodDesc]`, the method set, sorted by name |
//! | 128 | nmethods | |
//!
//! Every type has exactly one descriptor in a program, so type identity is
//! pointer equality.

use crate::string::GoString;

/// A type descriptor, exactly as emitted by the compiler.
#[repr(C)]
pub struct TypeDesc {
    pub size: u64,
    pub ptrdata: u64,
    pub hash: u32,
    /// Go's reflect.Kind numbering.
    pub kind: u8,
    pub align: u8,
    pub flags: u8,
    pub pad: u8,
    pub equal: Option<EqualFn>,
    pub hashfn: Option<HashFn>,
    pub gcdata: *const u8,
    pub name: GoString,
    pub pkgpath: GoString,
    pub elem: *const TypeDesc,
    pub key: *const TypeDesc,
    pub len: u64,
    pub fields: *const u8,
    pub nfields: u64,
    pub methods: *const MethodDesc,
    pub nmethods: u64,
}

/// `equal(t, a, b)`: whether the values of type `t` at `a` and `b` are
/// equal. May panic (an interface holding an uncomparable type).
pub type EqualFn = unsafe extern "C" fn(*const TypeDesc, *const u8, *const u8) -> u8;

/// `hash(t, p, seed)`: the hash of the value of type `t` at `p`. May panic
/// (an interface holding an unhashable type).
pub type HashFn = unsafe extern "C" fn(*const TypeDesc, *const u8, u64) -> u64;

/// A struct field.
#[repr(C)]
pub struct FieldDesc {
    pub name: GoString,
    pub typ: *const TypeDesc,
    pub offset: u64,
    /// `FIELD_EMBEDDED`, `FIELD_EXPORTED`.
    pub flags: u64,
    pub tag: GoString,
}

pub const FIELD_EMBEDDED: u64 = 1;
pub const FIELD_EXPORTED: u64 = 2;

/// A method of a type's method set.
#[repr(C)]
pub struct MethodDesc {
    pub name: GoString,
    /// Package of an unexported method's name, else empty.
    pub pkgpath: GoString,
    /// The method's type without the receiver (a func descriptor).
    pub mtyp: *const TypeDesc,
    /// The code called through an interface: it takes the interface's
    /// data word as its receiver (after the closure context).
    pub ifn: *const u8,
}

/// A method of an interface type.
#[repr(C)]
pub struct IMethodDesc {
    pub name: GoString,
    pub pkgpath: GoString,
    pub typ: *const TypeDesc,
}

/// The first word of a non-empty interface value: the interface type,
/// the dynamic type, and one code pointer per interface method (in the
/// interface's method order).
#[repr(C)]
pub struct Itab {
    pub inter: *const TypeDesc,
    pub typ: *const TypeDesc,
    pub hash: u32,
    pub pad: u32,
    pub fun: [*const u8; 0],
}

impl Itab {
    /// Method `i` of the table following the header of the itab at `p`.
    ///
    /// # Safety
    /// `p` must point to an itab with more than `i` methods.
    pub unsafe fn method(p: *const Itab, i: usize) -> *const u8 {
        // SAFETY: guaranteed by the caller; the methods follow the header
        // in the same allocation.
        unsafe { *(p.add(1) as *const *const u8).add(i) }
    }

    /// Sets method `i` of the itab at `p`.
    ///
    /// # Safety
    /// `p` must point to an unpublished itab with more than `i` methods.
    pub unsafe fn set_method(p: *mut Itab, i: usize, f: *const u8) {
        // SAFETY: guaranteed by the caller.
        unsafe { *(p.add(1) as *mut *const u8).add(i) = f }
    }
}

/// The type has a name of its own (a defined type or predeclared one).
pub const FLAG_NAMED: u8 = 1;
/// Values can be compared with `==` (`equal` is set).
pub const FLAG_COMPARABLE: u8 = 2;
/// An interface holds the value itself in its data word (pointer-shaped).
pub const FLAG_DIRECT_IFACE: u8 = 4;
/// Equality and hashing may treat the value as plain memory.
pub const FLAG_REGULAR_MEMORY: u8 = 8;

pub const KIND_BOOL: u8 = 1;
pub const KIND_INT: u8 = 2;
pub const KIND_INT8: u8 = 3;
pub const KIND_INT16: u8 = 4;
pub const KIND_INT32: u8 = 5;
pub const KIND_INT64: u8 = 6;
pub const KIND_UINT: u8 = 7;
pub const KIND_UINT8: u8 = 8;
pub const KIND_UINT16: u8 = 9;
pub const KIND_UINT32: u8 = 10;
pub const KIND_UINT64: u8 = 11;
pub const KIND_UINTPTR: u8 = 12;
pub const KIND_FLOAT32: u8 = 13;
pub const KIND_FLOAT64: u8 = 14;
pub const KIND_COMPLEX64: u8 = 15;
pub const KIND_COMPLEX128: u8 = 16;
pub const KIND_ARRAY: u8 = 17;
pub const KIND_CHAN: u8 = 18;
pub const KIND_FUNC: u8 = 19;
pub const KIND_INTERFACE: u8 = 20;
pub const KIND_MAP: u8 = 21;
pub const KIND_POINTER: u8 = 22;
pub const KIND_SLICE: u8 = 23;
pub const KIND_STRING: u8 = 24;
pub const KIND_STRUCT: u8 = 25;
pub const KIND_UNSAFE_POINTER: u8 = 26;

impl TypeDesc {
    pub fn name(&self) -> &[u8] {
        self.name.as_bytes()
    }

    pub fn is_signed_int(&self) -> bool {
        (KIND_INT..=KIND_INT64).contains(&self.kind)
    }

    pub fn is_unsigned_int(&self) -> bool {
        (KIND_UINT..=KIND_UINTPTR).contains(&self.kind)
    }

    /// Interface data words hold these values directly, not boxed.
    pub fn is_pointer_shaped(&self) -> bool {
        self.flags & FLAG_DIRECT_IFACE != 0
    }

    /// Whether the name is the kind's own (`int`), not a defined type.
    pub fn is_predeclared(&self) -> bool {
        self.pkgpath.len == 0 && self.flags & FLAG_NAMED != 0
    }

    /// The struct fields of a struct type.
    pub fn struct_fields(&self) -> &[FieldDesc] {
        if self.kind != KIND_STRUCT || self.nfields == 0 {
            return &[];
        }
        // SAFETY: the compiler emits `nfields` field descriptors.
        unsafe { std::slice::from_raw_parts(self.fields.cast(), self.nfields as usize) }
    }

    /// The methods of an interface type.
    pub fn imethods(&self) -> &[IMethodDesc] {
        if self.kind != KIND_INTERFACE || self.nfields == 0 {
            return &[];
        }
        // SAFETY: the compiler emits `nfields` interface method descriptors.
        unsafe { std::slice::from_raw_parts(self.fields.cast(), self.nfields as usize) }
    }

    /// The method set of the type.
    pub fn method_set(&self) -> &[MethodDesc] {
        if self.nmethods == 0 {
            return &[];
        }
        // SAFETY: the compiler emits `nmethods` method descriptors.
        unsafe { std::slice::from_raw_parts(self.methods, self.nmethods as usize) }
    }

    /// The element type (pointer, slice, array, channel; map value).
    pub fn elem(&self) -> &TypeDesc {
        // SAFETY: the compiler sets `elem` for every kind that has one.
        unsafe { &*self.elem }
    }
}

/// Reads a signed integer of the descriptor's size at `data`.
///
/// # Safety
/// `data` must point to a value of the described integer type.
pub unsafe fn read_int(d: &TypeDesc, data: *const u8) -> i64 {
    // SAFETY: guaranteed by the caller.
    unsafe {
        match d.size {
            1 => *(data as *const i8) as i64,
            2 => *(data as *const i16) as i64,
            4 => *(data as *const i32) as i64,
            _ => *(data as *const i64),
        }
    }
}

/// Reads an unsigned integer of the descriptor's size at `data`.
///
/// # Safety
/// `data` must point to a value of the described integer type.
pub unsafe fn read_uint(d: &TypeDesc, data: *const u8) -> u64 {
    // SAFETY: guaranteed by the caller.
    unsafe {
        match d.size {
            1 => *data as u64,
            2 => *(data as *const u16) as u64,
            4 => *(data as *const u32) as u64,
            _ => *(data as *const u64),
        }
    }
}

/// Reads a string value at `data`.
///
/// # Safety
/// `data` must point to a Go string header.
pub unsafe fn read_string<'a>(data: *const u8) -> &'a [u8] {
    // SAFETY: guaranteed by the caller.
    unsafe {
        let s = *(data as *const GoString);
        s.as_bytes()
    }
}

/// A descriptor defined by the runtime itself.
#[repr(transparent)]
pub struct StaticDesc(pub TypeDesc);

// SAFETY: a static descriptor is never written; its pointers point at
// other statics.
unsafe impl Sync for StaticDesc {}

/// `string`'s descriptor, for the run-time errors of executables that
/// contain no Go code (the linker's tests). It carries no equality or
/// hash function: such values are only printed.
pub static STRING_DESC: StaticDesc = StaticDesc(TypeDesc {
    size: 16,
    ptrdata: 8,
    hash: 0,
    kind: KIND_STRING,
    align: 8,
    flags: FLAG_NAMED,
    pad: 0,
    equal: None,
    hashfn: None,
    gcdata: std::ptr::null(),
    name: GoString {
        ptr: b"string".as_ptr(),
        len: 6,
    },
    pkgpath: GoString {
        ptr: std::ptr::null(),
        len: 0,
    },
    elem: std::ptr::null(),
    key: std::ptr::null(),
    len: 0,
    fields: std::ptr::null(),
    nfields: 0,
    methods: std::ptr::null(),
    nmethods: 0,
});

#[cfg(test)]
mod layout_tests {
    use super::TypeDesc;
    use std::mem::offset_of;

    /// The (offset, field) rows of the layout table at the top of this
    /// file; the compiler's `codegen/typedesc.rs` checks its constants
    /// against the same table.
    fn documented() -> Vec<(usize, String)> {
        include_str!("types.rs")
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
    fn struct_matches_documented_layout() {
        let rows = documented();
        assert_eq!(rows.len(), 19, "one row per field");
        for (off, field) in rows {
            let actual = match field.as_str() {
                "size" => offset_of!(TypeDesc, size),
                "ptrdata" => offset_of!(TypeDesc, ptrdata),
                "hash" => offset_of!(TypeDesc, hash),
                "kind" => offset_of!(TypeDesc, kind),
                "align" => offset_of!(TypeDesc, align),
                "flags" => offset_of!(TypeDesc, flags),
                "pad" => offset_of!(TypeDesc, pad),
                "equal" => offset_of!(TypeDesc, equal),
                "hashfn" => offset_of!(TypeDesc, hashfn),
                "gcdata" => offset_of!(TypeDesc, gcdata),
                "name" => offset_of!(TypeDesc, name),
                "pkgpath" => offset_of!(TypeDesc, pkgpath),
                "elem" => offset_of!(TypeDesc, elem),
                "key" => offset_of!(TypeDesc, key),
                "len" => offset_of!(TypeDesc, len),
                "fields" => offset_of!(TypeDesc, fields),
                "nfields" => offset_of!(TypeDesc, nfields),
                "methods" => offset_of!(TypeDesc, methods),
                "nmethods" => offset_of!(TypeDesc, nmethods),
                other => panic!("undocumented field {other}"),
            };
            assert_eq!(actual, off, "offset of {field}");
        }
        assert_eq!(std::mem::size_of::<TypeDesc>(), 136);
    }
}
