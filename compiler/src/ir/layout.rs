//! This module implements memory layout: size, alignment and the scalar
//! parts of every type. A value is carried in registers as its parts
//! (a string is a pointer and a length) and stored in memory with each
//! part at its natural offset. Layout is the same on both targets (LP64).

use crate::types::ty::{Basic, Type, TypeId, TypeTable};

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

/// Size, alignment and parts (with offsets) of a type.
#[derive(Clone, Debug, PartialEq)]
pub struct Layout {
    pub size: u64,
    pub align: u64,
    pub parts: Vec<(u64, Scalar)>,
}

/// Why a type has no layout yet.
#[derive(Clone, Debug)]
pub struct Unsupported(pub String);

pub fn layout(tt: &TypeTable, t: TypeId) -> Result<Layout, Unsupported> {
    let words = |n: u64| Layout {
        size: 8 * n,
        align: 8,
        parts: (0..n).map(|i| (8 * i, Scalar::I64)).collect(),
    };
    let one = |s: Scalar| Layout {
        size: s.size(),
        align: s.size(),
        parts: vec![(0, s)],
    };
    match tt.get(tt.underlying(t)) {
        Type::Basic(b) if b.is_string() => Ok(words(2)),
        Type::Basic(b) => basic(*b)
            .map(one)
            .ok_or_else(|| Unsupported(format!("values of type {}", tt.display(t)))),
        Type::Pointer(_) | Type::Func { .. } => Ok(words(1)),
        Type::Slice(_) => Ok(words(3)),
        Type::Interface(_) => Ok(words(2)),
        Type::Tuple(ts) => tuple(tt, ts),
        Type::Array(..) => Err(Unsupported(format!("arrays ({})", tt.display(t)))),
        Type::Named { .. } => Err(Unsupported(format!("values of type {}", tt.display(t)))),
    }
}

fn basic(b: Basic) -> Option<Scalar> {
    use Basic::*;
    Some(match b {
        Bool | Int8 | Uint8 | UntypedBool => Scalar::I8,
        Int16 | Uint16 => Scalar::I16,
        Int32 | Uint32 | UntypedRune => Scalar::I32,
        Int | Int64 | Uint | Uint64 | Uintptr | UnsafePointer | UntypedInt => Scalar::I64,
        Float32 => Scalar::F32,
        Float64 | UntypedFloat => Scalar::F64,
        _ => return None,
    })
}

fn tuple(tt: &TypeTable, ts: &[TypeId]) -> Result<Layout, Unsupported> {
    let mut l = Layout {
        size: 0,
        align: 1,
        parts: Vec::new(),
    };
    for t in ts {
        let e = layout(tt, *t)?;
        let off = l.size.next_multiple_of(e.align);
        l.parts.extend(e.parts.iter().map(|(o, s)| (off + o, *s)));
        l.size = off + e.size;
        l.align = l.align.max(e.align);
    }
    l.size = l.size.next_multiple_of(l.align);
    Ok(l)
}
