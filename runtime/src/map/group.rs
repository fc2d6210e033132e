//! This file implements the pieces of a map's storage below the table: the
//! group layout (a control word, then eight slots of key and value bytes),
//! the control-word matching done eight slots at a time with bit tricks on
//! one u64, and the key operations (hash and equality), specialized for
//! the common key shapes and generic through the descriptor otherwise.
//!
//! A control byte is `0b1000_0000` for an empty slot, `0b1111_1110` for a
//! deleted one (a tombstone) and `0b0hhh_hhhh` for a full slot whose key's
//! hash has `hhhhhhh` as its low seven bits (H2). Memory stores each byte
//! xored with 0x80, so the all-zero memory `alloc` returns is a group of
//! empty slots and a fresh or cleared table needs no initialization. Byte
//! i of the little-endian word is slot i.

use crate::alg;
use crate::string::GoString;
use crate::types::{FLAG_REGULAR_MEMORY, KIND_STRING, TypeDesc};

/// Slots per group.
pub const SLOTS: usize = 8;

const LSB: u64 = 0x0101_0101_0101_0101;
const MSB: u64 = 0x8080_8080_8080_8080;

pub const EMPTY: u8 = 0x80;
pub const DELETED: u8 = 0xFE;

/// A set of slots in a group: the high bit of each selected slot's byte.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Bits(u64);

impl Bits {
    pub fn any(self) -> bool {
        self.0 != 0
    }

    /// The lowest selected slot.
    pub fn first(self) -> usize {
        (self.0.trailing_zeros() / 8) as usize
    }

    /// The selection restricted to slots `from..to` (`from < to <= SLOTS`).
    pub fn range(self, from: usize, to: usize) -> Bits {
        let high = u64::MAX >> ((SLOTS - to) * 8);
        Bits(self.0 & (u64::MAX << (from * 8)) & high)
    }
}

impl Iterator for Bits {
    type Item = usize;

    fn next(&mut self) -> Option<usize> {
        if self.0 == 0 {
            return None;
        }
        let s = self.first();
        self.0 &= self.0 - 1;
        Some(s)
    }
}

/// A group's control word in its logical encoding.
#[derive(Clone, Copy)]
pub struct Ctrl(u64);

impl Ctrl {
    /// Reads the control word of the group at `g`.
    ///
    /// # Safety
    /// `g` must be an 8-aligned group.
    #[inline(always)]
    pub unsafe fn load(g: *const u8) -> Ctrl {
        // SAFETY: guaranteed by the caller.
        Ctrl(u64::from_le(unsafe { *(g as *const u64) }) ^ MSB)
    }

    /// Slots whose byte is `h2`. May include a false positive just above a
    /// true match (the borrow of the subtraction); callers compare keys.
    #[inline(always)]
    pub fn match_h2(self, h2: u8) -> Bits {
        let v = self.0 ^ (LSB * h2 as u64);
        Bits(v.wrapping_sub(LSB) & !v & MSB)
    }

    /// Empty slots: high bit set and bit 1 clear.
    #[inline(always)]
    pub fn match_empty(self) -> Bits {
        Bits(self.0 & !(self.0 << 6) & MSB)
    }

    /// Empty or deleted slots: high bit set.
    #[inline(always)]
    pub fn match_free(self) -> Bits {
        Bits(self.0 & MSB)
    }

    /// Full slots: high bit clear.
    #[inline(always)]
    pub fn match_full(self) -> Bits {
        Bits(!self.0 & MSB)
    }
}

/// Sets the control byte of slot `s` of the group at `g`.
///
/// # Safety
/// `g` must be a group and `s < SLOTS`.
#[inline(always)]
pub unsafe fn set_ctrl(g: *mut u8, s: usize, v: u8) {
    // SAFETY: guaranteed by the caller.
    unsafe { *g.add(s) = v ^ 0x80 }
}

/// How a map's key compares and hashes, chosen once per map.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
#[repr(u8)]
pub enum KeyClass {
    /// 8 bytes of plain memory (int, uint64, pointers, ...).
    Mem64,
    /// 4 bytes of plain memory (int32, rune, ...).
    Mem32,
    /// A Go string.
    Str,
    /// Anything else, through the descriptor's functions.
    Generic,
}

/// Where things are in a group, for one map type.
#[derive(Clone, Copy)]
#[repr(C)]
pub struct Layout {
    pub key_size: usize,
    pub elem_off: usize,
    pub elem_size: usize,
    pub slot_size: usize,
    pub slots_off: usize,
    pub group_size: usize,
    pub class: KeyClass,
    /// Whether assigning to an existing key stores the new key's bytes (equal
    /// keys can differ in bytes: ±0, string pointers, interfaces).
    pub key_update: bool,
}

fn round_up(n: usize, align: usize) -> usize {
    n.div_ceil(align) * align
}

impl Layout {
    pub fn new(key: &TypeDesc, elem: &TypeDesc) -> Layout {
        let key_size = key.size as usize;
        let elem_size = elem.size as usize;
        let elem_align = (elem.align as usize).max(1);
        let slot_align = (key.align as usize).max(elem_align);
        let elem_off = round_up(key_size, elem_align);
        let slot_size = round_up(elem_off + elem_size, slot_align);
        let slots_off = round_up(8, slot_align);
        let plain = key.flags & FLAG_REGULAR_MEMORY != 0;
        let class = match (plain, key_size, key.kind) {
            (true, 8, _) => KeyClass::Mem64,
            (true, 4, _) => KeyClass::Mem32,
            (_, _, KIND_STRING) => KeyClass::Str,
            _ => KeyClass::Generic,
        };
        Layout {
            key_size,
            elem_off,
            elem_size,
            slot_size,
            slots_off,
            group_size: round_up(slots_off + SLOTS * slot_size, 8),
            class,
            key_update: !plain,
        }
    }

    /// Slot `s` of the group at `g`.
    ///
    /// # Safety
    /// `g` must be a group of this layout and `s < SLOTS`.
    #[inline(always)]
    pub unsafe fn slot(&self, g: *mut u8, s: usize) -> *mut u8 {
        // SAFETY: guaranteed by the caller.
        unsafe { g.add(self.slots_off + s * self.slot_size) }
    }
}

/// Hashing and equality of keys in slots.
pub trait Keys {
    /// # Safety
    /// `k` must point to a key.
    unsafe fn hash(&self, k: *const u8, seed: u64) -> u64;
    /// # Safety
    /// `a` and `b` must point to keys.
    unsafe fn eq(&self, a: *const u8, b: *const u8) -> bool;
    /// Stores the key at `src` (`size` bytes) at `dst`; they may overlap.
    ///
    /// # Safety
    /// Both must be valid for `size` bytes.
    #[inline(always)]
    unsafe fn copy(&self, dst: *mut u8, src: *const u8, size: usize) {
        // SAFETY: guaranteed by the caller.
        unsafe { std::ptr::copy(src, dst, size) }
    }
}

pub struct Mem64;
pub struct Mem32;
pub struct Str;
pub struct Generic<'a>(pub &'a TypeDesc);

impl Keys for Mem64 {
    #[inline(always)]
    unsafe fn hash(&self, k: *const u8, seed: u64) -> u64 {
        // SAFETY: guaranteed by the caller.
        alg::hash_u64(unsafe { (k as *const u64).read_unaligned() }, seed)
    }
    #[inline(always)]
    unsafe fn eq(&self, a: *const u8, b: *const u8) -> bool {
        // SAFETY: guaranteed by the caller.
        unsafe { (a as *const u64).read_unaligned() == (b as *const u64).read_unaligned() }
    }
    #[inline(always)]
    unsafe fn copy(&self, dst: *mut u8, src: *const u8, _size: usize) {
        // SAFETY: guaranteed by the caller.
        unsafe { (dst as *mut u64).write_unaligned((src as *const u64).read_unaligned()) }
    }
}

impl Keys for Mem32 {
    #[inline(always)]
    unsafe fn hash(&self, k: *const u8, seed: u64) -> u64 {
        // SAFETY: guaranteed by the caller.
        alg::hash_u32(unsafe { (k as *const u32).read_unaligned() }, seed)
    }
    #[inline(always)]
    unsafe fn eq(&self, a: *const u8, b: *const u8) -> bool {
        // SAFETY: guaranteed by the caller.
        unsafe { (a as *const u32).read_unaligned() == (b as *const u32).read_unaligned() }
    }
}

impl Keys for Str {
    #[inline(always)]
    unsafe fn hash(&self, k: *const u8, seed: u64) -> u64 {
        // SAFETY: guaranteed by the caller.
        alg::hash_bytes(unsafe { (*(k as *const GoString)).as_bytes() }, seed)
    }
    #[inline(always)]
    unsafe fn eq(&self, a: *const u8, b: *const u8) -> bool {
        // SAFETY: guaranteed by the caller.
        let (x, y) = unsafe { (*(a as *const GoString), *(b as *const GoString)) };
        x.len == y.len && (x.ptr == y.ptr || x.as_bytes() == y.as_bytes())
    }
}

impl Keys for Generic<'_> {
    #[inline(always)]
    unsafe fn hash(&self, k: *const u8, seed: u64) -> u64 {
        let Some(h) = self.0.hashfn else {
            alg::panic_unhashable(self.0)
        };
        // SAFETY: guaranteed by the caller.
        unsafe { h(self.0, k, seed) }
    }
    #[inline(always)]
    unsafe fn eq(&self, a: *const u8, b: *const u8) -> bool {
        let Some(eq) = self.0.equal else {
            alg::panic_uncomparable(self.0)
        };
        // SAFETY: guaranteed by the caller.
        unsafe { eq(self.0, a, b) != 0 }
    }
}

/// Runs `$body` with `$k` bound to the key operations of `$class` (a
/// `KeyClass`), so each map operation is compiled once per key shape.
macro_rules! with_keys {
    ($class:expr, $key_type:expr, |$k:ident| $body:expr) => {
        match $class {
            $crate::map::group::KeyClass::Mem64 => {
                let $k = &$crate::map::group::Mem64;
                $body
            }
            $crate::map::group::KeyClass::Mem32 => {
                let $k = &$crate::map::group::Mem32;
                $body
            }
            $crate::map::group::KeyClass::Str => {
                let $k = &$crate::map::group::Str;
                $body
            }
            $crate::map::group::KeyClass::Generic => {
                let $k = &$crate::map::group::Generic($key_type);
                $body
            }
        }
    };
}
pub(crate) use with_keys;

#[cfg(test)]
mod tests {
    use super::*;

    fn ctrl(bytes: [u8; 8]) -> Ctrl {
        Ctrl(u64::from_le_bytes(bytes))
    }

    #[test]
    fn matches_find_the_right_slots() {
        let c = ctrl([EMPTY, 5, DELETED, 7, 5, EMPTY, 0, 0x7f]);
        assert_eq!(c.match_empty().collect::<Vec<_>>(), [0, 5]);
        assert_eq!(c.match_free().collect::<Vec<_>>(), [0, 2, 5]);
        assert_eq!(c.match_full().collect::<Vec<_>>(), [1, 3, 4, 6, 7]);
        assert_eq!(c.match_h2(5).collect::<Vec<_>>(), [1, 4]);
        assert_eq!(c.match_h2(0x7f).collect::<Vec<_>>(), [7]);
        assert_eq!(c.match_full().range(4, 8).collect::<Vec<_>>(), [4, 6, 7]);
        assert_eq!(c.match_full().range(0, 4).collect::<Vec<_>>(), [1, 3]);
    }

    #[test]
    fn zeroed_memory_is_empty() {
        let g = [0u64; 1];
        // SAFETY: `g` is an aligned 8-byte group.
        let c = unsafe { Ctrl::load(g.as_ptr().cast()) };
        assert_eq!(
            c.match_empty().collect::<Vec<_>>(),
            (0..8).collect::<Vec<_>>()
        );
    }
}
