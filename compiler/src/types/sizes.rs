//! This module implements the sizes, alignments and field offsets of Go
//! types on rgo's targets (both 64-bit, gc's rules): what `unsafe.Sizeof`,
//! `Alignof` and `Offsetof` report and what every later stage lays values
//! out by. A struct ending in a zero-sized field gets one byte of padding,
//! as in gc, so that a pointer to that field never points past the object.
//!
//! It also says which types hold pointers (`has_pointers`): the garbage
//! collector's bitmaps and escape analysis ask the same question.
//!
//! Sizes saturate at `u64::MAX` instead of overflowing: a type like
//! `[1 << 62]int64` is still a type; using it is what fails, later.

use super::ty::{Basic, Type, TypeId, TypeTable};

/// Size and alignment in bytes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SizeAlign {
    pub size: u64,
    pub align: u64,
}

/// What counts as a pointer for `has_pointers`.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum PointerWords {
    /// Words the collector must trace: pointers, strings, slices, maps,
    /// channels, funcs, interfaces, unsafe.Pointer.
    Traced,
    /// Those and `uintptr`, which a program can turn back into a pointer
    /// (escape analysis must follow an address laundered through it).
    TracedOrUintptr,
}

impl TypeTable {
    /// Whether a value of type `t` holds any word of kind `which`.
    pub fn has_pointers(&self, t: TypeId, which: PointerWords) -> bool {
        match self.get(self.underlying(t)) {
            Type::Basic(b) => {
                b.is_string()
                    || *b == Basic::UnsafePointer
                    || (*b == Basic::Uintptr && which == PointerWords::TracedOrUintptr)
            }
            Type::Array(_, e) => self.has_pointers(*e, which),
            Type::Struct(fields) => fields.iter().any(|f| self.has_pointers(f.ty, which)),
            _ => true,
        }
    }

    pub fn size_align(&self, t: TypeId) -> SizeAlign {
        let word = SizeAlign { size: 8, align: 8 };
        let words = |n: u64| SizeAlign {
            size: 8 * n,
            align: 8,
        };
        match self.get(self.underlying(t)) {
            Type::Basic(b) => basic(*b),
            Type::Pointer(_) | Type::Map(..) | Type::Chan(..) | Type::Func { .. } => word,
            Type::Slice(_) => words(3),
            Type::Interface(_) => words(2),
            Type::Array(n, e) => {
                let e = self.size_align(*e);
                SizeAlign {
                    size: e.size.saturating_mul(*n),
                    align: e.align,
                }
            }
            Type::Struct(fields) => {
                let tys: Vec<TypeId> = fields.iter().map(|f| f.ty).collect();
                self.struct_layout(&tys).0
            }
            Type::Tuple(ts) => self.struct_layout(ts).0,
            Type::Named { .. } => SizeAlign { size: 0, align: 1 },
        }
    }

    pub fn size_of(&self, t: TypeId) -> u64 {
        self.size_align(t).size
    }

    pub fn align_of(&self, t: TypeId) -> u64 {
        self.size_align(t).align
    }

    /// The size and alignment of a struct with fields of these types, and
    /// each field's offset.
    pub fn struct_layout(&self, fields: &[TypeId]) -> (SizeAlign, Vec<u64>) {
        let mut off = 0u64;
        let mut align = 1u64;
        let mut offsets = Vec::with_capacity(fields.len());
        for &f in fields {
            let sa = self.size_align(f);
            off = round_up(off, sa.align);
            offsets.push(off);
            off = off.saturating_add(sa.size);
            align = align.max(sa.align);
        }
        if off > 0 && fields.last().is_some_and(|&f| self.size_of(f) == 0) {
            off = off.saturating_add(1);
        }
        let size = round_up(off, align);
        (SizeAlign { size, align }, offsets)
    }

    /// The offsets of a struct type's fields.
    pub fn field_offsets(&self, t: TypeId) -> Vec<u64> {
        match self.get(self.underlying(t)) {
            Type::Struct(fields) => {
                let tys: Vec<TypeId> = fields.iter().map(|f| f.ty).collect();
                self.struct_layout(&tys).1
            }
            _ => Vec::new(),
        }
    }
}

fn basic(b: Basic) -> SizeAlign {
    use Basic::*;
    let n = match b {
        Bool | Int8 | Uint8 | UntypedBool => 1,
        Int16 | Uint16 => 2,
        Int32 | Uint32 | Float32 | UntypedRune => 4,
        Complex64 => {
            return SizeAlign { size: 8, align: 4 };
        }
        Complex128 | UntypedComplex => {
            return SizeAlign { size: 16, align: 8 };
        }
        String | UntypedString => {
            return SizeAlign { size: 16, align: 8 };
        }
        Invalid => 1,
        _ => 8,
    };
    SizeAlign { size: n, align: n }
}

fn round_up(x: u64, a: u64) -> u64 {
    x.div_ceil(a.max(1)).saturating_mul(a.max(1))
}
