//! This module implements the runtime's view of the type descriptors the
//! compiler emits (compiler/src/codegen/data.rs): the layout
//! `size | kind | name ptr | name len | elem`, and helpers to read values
//! of a described type.

use crate::string::GoString;

/// A type descriptor, exactly as emitted by the compiler.
#[repr(C)]
pub struct TypeDesc {
    pub size: u64,
    /// Go's reflect.Kind numbering.
    pub kind: u64,
    pub name_ptr: *const u8,
    pub name_len: u64,
    pub elem: *const TypeDesc,
}

pub const KIND_BOOL: u64 = 1;
pub const KIND_INT: u64 = 2;
pub const KIND_INT64: u64 = 6;
pub const KIND_UINT: u64 = 7;
pub const KIND_UINTPTR: u64 = 12;
pub const KIND_FLOAT32: u64 = 13;
pub const KIND_FLOAT64: u64 = 14;
pub const KIND_FUNC: u64 = 19;
pub const KIND_MAP: u64 = 21;
pub const KIND_POINTER: u64 = 22;
pub const KIND_SLICE: u64 = 23;
pub const KIND_STRING: u64 = 24;
pub const KIND_UNSAFE_POINTER: u64 = 26;

impl TypeDesc {
    pub fn name(&self) -> &[u8] {
        // SAFETY: the compiler emits a valid (ptr, len) for every name.
        unsafe { std::slice::from_raw_parts(self.name_ptr, self.name_len as usize) }
    }

    pub fn is_signed_int(&self) -> bool {
        (KIND_INT..=KIND_INT64).contains(&self.kind)
    }

    pub fn is_unsigned_int(&self) -> bool {
        (KIND_UINT..=KIND_UINTPTR).contains(&self.kind)
    }

    /// Interface data words hold these kinds directly, not boxed.
    pub fn is_pointer_shaped(&self) -> bool {
        matches!(self.kind, KIND_POINTER | KIND_FUNC | KIND_MAP | KIND_UNSAFE_POINTER)
    }

    /// Whether the name is the kind's own (`int`), not a defined type.
    pub fn is_predeclared(&self) -> bool {
        !self.name().contains(&b'.')
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
        if s.len <= 0 { &[] } else { std::slice::from_raw_parts(s.ptr, s.len as usize) }
    }
}
