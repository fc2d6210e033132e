//! This module implements slice growth for `append` and slice creation for
//! `make`, with gc's capacity rules: programs print `cap()`, so the
//! capacities must be the ones gc picks.
//!
//! Growth has two steps, as in gc's `growslice`. `next_slice_cap` picks a
//! target capacity: the needed length if that is more than double,
//! double for small slices, and for slices of 256 elements or more a
//! factor that slides from 2x towards 1.25x. Then the byte size is rounded
//! up to the allocator's size class (`roundupsize`) and the capacity
//! becomes however many elements fit. Size classes are gc's (Go 1.23);
//! objects with pointers larger than 512 bytes carry an 8-byte header in
//! gc's heap, which shifts their rounding, so callers say whether the
//! element type has pointers.

use crate::alloc::alloc;
use crate::panic::runtime_error;
use crate::types::TypeDesc;

/// A slice header as generated code lays it out: pointer, length, capacity.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct GoSlice {
    pub ptr: *mut u8,
    pub len: i64,
    pub cap: i64,
}

/// gc's size classes (bytes per object), Go 1.23 `class_to_size`.
const CLASS_TO_SIZE: [u16; 68] = [
    0, 8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224, 240, 256, 288, 320,
    352, 384, 416, 448, 480, 512, 576, 640, 704, 768, 896, 1024, 1152, 1280, 1408, 1536, 1792,
    2048, 2304, 2688, 3072, 3200, 3456, 4096, 4864, 5376, 6144, 6528, 6784, 6912, 8192, 9472, 9728,
    10240, 10880, 12288, 13568, 14336, 16384, 18432, 19072, 20480, 21760, 24576, 27264, 28672,
    32768,
];
const MAX_SMALL_SIZE: usize = 32768;
const PAGE_SIZE: usize = 8192;
const MALLOC_HEADER_SIZE: usize = 8;
/// Pointerful objects above this size get a malloc header in gc.
const MIN_SIZE_FOR_MALLOC_HEADER: usize = 8 * 64;
/// gc's maximum allocation on 64-bit Linux (`maxAlloc`, 1 << 48).
const MAX_ALLOC: usize = 1 << 48;

/// The size gc's allocator would really hand out for a request of `size`
/// bytes (`roundupsize`); `noscan` is true for pointer-free objects.
pub fn roundupsize(size: usize, noscan: bool) -> usize {
    if size <= MAX_SMALL_SIZE - MALLOC_HEADER_SIZE {
        let header = if !noscan && size > MIN_SIZE_FOR_MALLOC_HEADER {
            MALLOC_HEADER_SIZE
        } else {
            0
        };
        let req = size + header;
        let class = CLASS_TO_SIZE
            .iter()
            .map(|&c| c as usize)
            .find(|&c| c >= req)
            .unwrap_or(MAX_SMALL_SIZE);
        return class - header;
    }
    match size.checked_add(PAGE_SIZE - 1) {
        Some(r) => r & !(PAGE_SIZE - 1),
        None => size,
    }
}

/// gc's `nextslicecap`: the capacity to grow to before size rounding.
pub fn next_slice_cap(new_len: usize, old_cap: usize) -> usize {
    let double = old_cap + old_cap;
    if new_len > double {
        return new_len;
    }
    const THRESHOLD: usize = 256;
    if old_cap < THRESHOLD {
        return double;
    }
    let mut cap = old_cap;
    while cap < new_len {
        cap += (cap + 3 * THRESHOLD) >> 2;
    }
    cap
}

/// The capacity and byte size `append` allocates when a slice of
/// `elem_size`-byte elements with capacity `old_cap` must hold `new_len`.
/// None if that exceeds what the heap can hold.
pub fn grown_capacity(
    new_len: usize,
    old_cap: usize,
    elem_size: usize,
    noscan: bool,
) -> Option<(usize, usize)> {
    let cap = next_slice_cap(new_len, old_cap);
    let bytes = cap.checked_mul(elem_size).filter(|&b| b <= MAX_ALLOC)?;
    let bytes = roundupsize(bytes, noscan);
    let cap = bytes / elem_size;
    Some((cap, cap * elem_size))
}

/// `rgo_growslice(out, old_ptr, old_len, old_cap, new_len, elem)`:
/// allocates the backing array `append` needs to reach `new_len` elements
/// of type `elem`, copies the `old_len` old elements over and stores
/// `{ptr, new_len, cap}` in `*out`. The new elements are zero; the caller
/// stores the appended values.
///
/// # Safety
/// `out` must be writable; `old_ptr` must point to `old_len` elements;
/// `elem` must be a type descriptor.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rgo_growslice(
    out: *mut GoSlice,
    old_ptr: *const u8,
    old_len: i64,
    old_cap: i64,
    new_len: i64,
    elem: *const TypeDesc,
) {
    // SAFETY: guaranteed by the caller.
    let elem = unsafe { &*elem };
    let (elem_size, elem_align) = (elem.size as usize, elem.align as usize);
    if new_len < 0 {
        runtime_error(b"growslice: len out of range");
    }
    let result = if elem_size == 0 {
        GoSlice {
            ptr: alloc(0, 1),
            len: new_len,
            cap: new_len,
        }
    } else {
        let Some((cap, bytes)) = grown_capacity(
            new_len as usize,
            old_cap.max(0) as usize,
            elem_size,
            elem.ptrdata == 0,
        ) else {
            runtime_error(b"growslice: len out of range")
        };
        let p = alloc(bytes, elem_align);
        let old_bytes = old_len.max(0) as usize * elem_size;
        if old_bytes > 0 {
            // SAFETY: the caller guarantees the old elements are readable;
            // the new array is at least `old_bytes` long and fresh.
            unsafe { std::ptr::copy_nonoverlapping(old_ptr, p, old_bytes) };
        }
        GoSlice {
            ptr: p,
            len: new_len,
            cap: cap as i64,
        }
    };
    // SAFETY: guaranteed by the caller.
    unsafe { out.write(result) };
}

/// `rgo_makeslice(out, len, cap, elem)`: `make([]T, len, cap)` with gc's
/// checks and messages (`makeslice: len out of range`, `makeslice: cap out
/// of range`). The capacity is exactly `cap`.
///
/// # Safety
/// `out` must be writable; `elem` must be a type descriptor.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rgo_makeslice(
    out: *mut GoSlice,
    len: i64,
    cap: i64,
    elem: *const TypeDesc,
) {
    // SAFETY: guaranteed by the caller.
    let elem = unsafe { &*elem };
    let bytes = |n: i64| {
        (n as u64)
            .checked_mul(elem.size)
            .filter(|&b| b <= MAX_ALLOC as u64)
    };
    if len < 0 || bytes(len).is_none() {
        runtime_error(b"makeslice: len out of range");
    }
    if cap < len || bytes(cap).is_none() {
        runtime_error(b"makeslice: cap out of range");
    }
    let p = alloc(bytes(cap).unwrap_or(0) as usize, elem.align as usize);
    // SAFETY: guaranteed by the caller.
    unsafe { out.write(GoSlice { ptr: p, len, cap }) };
}

/// `rgo_newobject(t)`: `new(T)`: a zeroed heap object of type `t`.
///
/// # Safety
/// `t` must be a type descriptor.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rgo_newobject(t: *const TypeDesc) -> *mut u8 {
    // SAFETY: guaranteed by the caller.
    let t = unsafe { &*t };
    if t.size > MAX_ALLOC as u64 {
        crate::panic::fatal(b"runtime: out of memory");
    }
    alloc(t.size as usize, t.align as usize)
}

/// `copy(dst, src)`: moves `min(dlen, slen)` elements of `size` bytes and
/// returns the count.
///
/// # Safety
/// Both ranges must be valid for their lengths.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rgo_slicecopy(
    dst: *mut u8,
    dlen: i64,
    src: *const u8,
    slen: i64,
    size: i64,
) -> i64 {
    let n = dlen.min(slen).max(0);
    if n > 0 && size > 0 {
        // SAFETY: guaranteed by the caller; the ranges may overlap.
        unsafe { std::ptr::copy(src, dst, (n * size) as usize) };
    }
    n
}

/// `clear(s)` of a slice: zeroes `n` bytes.
///
/// # Safety
/// `p` must be valid for `n` bytes.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rgo_memclr(p: *mut u8, n: i64) {
    if n > 0 {
        // SAFETY: guaranteed by the caller.
        unsafe { std::ptr::write_bytes(p, 0, n as usize) };
    }
}

/// `memmove` for generated code (append, copy): `n` bytes, overlapping
/// allowed.
///
/// # Safety
/// Both ranges must be valid for `n` bytes.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rgo_memmove(dst: *mut u8, src: *const u8, n: i64) {
    if n > 0 {
        // SAFETY: guaranteed by the caller.
        unsafe { std::ptr::copy(src, dst, n as usize) };
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn size_classes_round_up() {
        assert_eq!(roundupsize(1, true), 8);
        assert_eq!(roundupsize(1000, true), 1024);
        assert_eq!(roundupsize(1024, false), 1144);
        assert_eq!(roundupsize(40000, true), 40960);
    }

    #[test]
    fn append_one_at_a_time_from_nil() {
        let mut caps = vec![];
        let mut cap = 0;
        for len in 1..=2000 {
            if len > cap {
                cap = grown_capacity(len, cap, 8, true).unwrap().0;
                caps.push(cap);
            }
        }
        assert_eq!(
            caps,
            [1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 848, 1280, 1792, 2560]
        );
    }
}
