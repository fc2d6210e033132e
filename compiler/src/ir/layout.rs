//! This module implements how values are represented: size, alignment
//! (from types/sizes.rs, gc's rules) and, for SSA types, the scalar parts
//! with their offsets. A value of an SSA type is carried in registers as
//! its parts (a string is a pointer and a length) and stored in memory
//! with each part at its offset; any other value (arrays, structs with
//! more than `MAX_PARTS` parts) lives in memory only and is copied with
//! memcpy. Layout is the same on both targets (LP64).

use crate::types::ty::{Basic, Type, TypeId, TypeTable};

/// Structs with at most this many scalar parts travel in registers.
pub const MAX_PARTS: usize = 4;

/// A scalar part of a value, as codegen sees it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scalar {
    I8,
    I16,
    I32,
    I64,
    F32,
    F64,
}

impl Scalar {
    pub fn size(self) -> u64 {
        match self {
            Scalar::I8 => 1,
            Scalar::I16 => 2,
            Scalar::I32 | Scalar::F32 => 4,
            Scalar::I64 | Scalar::F64 => 8,
        }
    }
}

/// Size, alignment and parts (with offsets) of a type. `parts` is `None`
/// for a type that lives in memory only.
#[derive(Clone, Debug, PartialEq)]
pub struct Layout {
    pub size: u64,
    pub align: u64,
    pub parts: Option<Vec<(u64, Scalar)>>,
}

pub fn layout(tt: &TypeTable, t: TypeId) -> Layout {
    let sa = tt.size_align(t);
    let mut parts = Vec::new();
    let parts = (flatten(tt, t, 0, &mut parts) && within_limit(tt, t, &parts)).then_some(parts);
    Layout {
        size: sa.size,
        align: sa.align,
        parts,
    }
}

/// Whether values of the type travel as scalar parts.
pub fn is_ssa(tt: &TypeTable, t: TypeId) -> bool {
    let mut parts = Vec::new();
    flatten(tt, t, 0, &mut parts) && within_limit(tt, t, &parts)
}

/// Tuples (multiple results) are never stored: any number of parts.
fn within_limit(tt: &TypeTable, t: TypeId, parts: &[(u64, Scalar)]) -> bool {
    matches!(tt.get(t), Type::Tuple(_)) || parts.len() <= MAX_PARTS
}

/// The scalar parts of an SSA type (empty for others).
pub fn parts(tt: &TypeTable, t: TypeId) -> Vec<(u64, Scalar)> {
    layout(tt, t).parts.unwrap_or_default()
}

/// Appends the parts of `t` at offset `off`; false if `t` is not SSA.
fn flatten(tt: &TypeTable, t: TypeId, off: u64, out: &mut Vec<(u64, Scalar)>) -> bool {
    let word = |out: &mut Vec<(u64, Scalar)>, n: u64| {
        for i in 0..n {
            out.push((off + 8 * i, Scalar::I64));
        }
        true
    };
    match tt.get(tt.underlying(t)) {
        Type::Basic(b) if b.is_string() => word(out, 2),
        Type::Basic(b) => match basic(*b) {
            Some(parts) => {
                out.extend(parts.iter().map(|(o, s)| (off + o, *s)));
                true
            }
            None => false,
        },
        Type::Pointer(_) | Type::Func { .. } | Type::Map(..) | Type::Chan(..) => word(out, 1),
        Type::Slice(_) => word(out, 3),
        Type::Interface(_) => word(out, 2),
        Type::Array(0, _) => true,
        Type::Array(..) => false,
        Type::Struct(fields) => {
            let offsets = tt.field_offsets(t);
            fields
                .iter()
                .zip(offsets)
                .all(|(f, o)| flatten(tt, f.ty, off + o, out))
        }
        Type::Tuple(ts) => {
            let (_, offsets) = tt.struct_layout(ts);
            ts.iter()
                .zip(offsets)
                .all(|(t, o)| flatten(tt, *t, off + o, out))
        }
        Type::Named { .. } => false,
    }
}

fn basic(b: Basic) -> Option<&'static [(u64, Scalar)]> {
    use Basic::*;
    Some(match b {
        Bool | Int8 | Uint8 | UntypedBool => &[(0, Scalar::I8)],
        Int16 | Uint16 => &[(0, Scalar::I16)],
        Int32 | Uint32 | UntypedRune => &[(0, Scalar::I32)],
        Int | Int64 | Uint | Uint64 | Uintptr | UnsafePointer | UntypedInt => &[(0, Scalar::I64)],
        Float32 => &[(0, Scalar::F32)],
        Float64 | UntypedFloat => &[(0, Scalar::F64)],
        Complex64 => &[(0, Scalar::F32), (4, Scalar::F32)],
        Complex128 | UntypedComplex => &[(0, Scalar::F64), (8, Scalar::F64)],
        UntypedNil => &[(0, Scalar::I64)],
        _ => return None,
    })
}
