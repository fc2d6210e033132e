//! This module implements hashing and equality of Go values by type
//! descriptor: the functions the compiler stores in `TypeDesc.equal` and
//! `TypeDesc.hashfn`, which maps, interface comparison and (later) the
//! `==` of composite values go through, plus the runtime's cheap random
//! numbers (`rgo_fastrand`).
//!
//! Every function has the `EqualFn` or `HashFn` shape, `(t, a, b) -> u8`
//! or `(t, p, seed) -> u64`, so one descriptor field serves every type.
//! Types whose values are plain bytes (`FLAG_REGULAR_MEMORY`) use the
//! `mem` family; the 8/16/32/64/128-bit variants ignore `t`. Strings,
//! floats, complex numbers and interfaces have their own functions, and
//! `rgo_generic_*` walk arrays and structs field by field (skipping `_`
//! fields), which covers padding and fields of any other kind.
//!
//! Floats follow IEEE equality: NaN differs from everything and +0 equals
//! -0, so both zeros hash alike and a NaN hashes to a fresh random value,
//! which spreads repeated NaN keys over a map as gc does. Interface values
//! compare their dynamic types first (descriptors are unique, so that is
//! pointer equality) and then the values with the dynamic type's `equal`;
//! a dynamic type without one panics as gc does (`comparing uncomparable
//! type T`, `hash of unhashable type T`).
//!
//! The hash is a seeded folded-multiply hash in the style of wyhash: data
//! is read in 64-bit words, each pair of words is multiplied as a 128-bit
//! product with the running state and the halves are folded with xor.
//! Two multiplications finish every hash, so single words (the common map
//! key) cost a few nanoseconds and every output bit depends on every input
//! bit. Maps take H1 from the low bits and directory indices from the
//! high bits, so both ends must be well mixed; the tests check that.

use std::cell::Cell;

use crate::libc;
use crate::panic::runtime_error;
use crate::string::GoString;
use crate::types::*;

/// Odd constants with well-spread bits (golden ratio, splitmix64).
const K0: u64 = 0x9E37_79B9_7F4A_7C15;
const K1: u64 = 0xBF58_476D_1CE4_E5B9;
const K2: u64 = 0x94D0_49BB_1331_11EB;

/// The 128-bit product of `a` and `b` with its halves xored together.
#[inline(always)]
fn fold(a: u64, b: u64) -> u64 {
    let r = (a as u128).wrapping_mul(b as u128);
    (r as u64) ^ ((r >> 64) as u64)
}

/// The last step of every hash: mixes two data words, the state and the
/// length with two multiplications.
#[inline(always)]
fn finish(a: u64, b: u64, state: u64, len: u64) -> u64 {
    let r = ((a ^ K1) as u128).wrapping_mul((b ^ state) as u128);
    fold((r as u64) ^ K0 ^ len, ((r >> 64) as u64) ^ K1)
}

/// Hash of one 64-bit word; equal to `hash_bytes` of its 8 bytes.
#[inline(always)]
pub fn hash_u64(v: u64, seed: u64) -> u64 {
    finish(v, v.rotate_left(32), seed ^ K2, 8)
}

/// Hash of one 32-bit word; equal to `hash_bytes` of its 4 bytes.
#[inline(always)]
pub fn hash_u32(v: u32, seed: u64) -> u64 {
    let a = (v as u64) | ((v as u64) << 32);
    finish(a, a.rotate_left(32), seed ^ K2, 4)
}

fn read8(b: &[u8], i: usize) -> u64 {
    u64::from_le_bytes(b[i..i + 8].try_into().unwrap())
}

fn read4(b: &[u8], i: usize) -> u64 {
    u32::from_le_bytes(b[i..i + 4].try_into().unwrap()) as u64
}

/// Hash of a byte string. Lengths up to 16 read two (possibly
/// overlapping) words; longer inputs fold 16 bytes at a time into the
/// state and finish with the last 16 bytes.
pub fn hash_bytes(b: &[u8], seed: u64) -> u64 {
    let n = b.len();
    let mut state = seed ^ K2;
    let (a, c) = if n > 16 {
        let mut i = 0;
        while n - i > 16 {
            state = fold(read8(b, i) ^ K1, read8(b, i + 8) ^ state);
            i += 16;
        }
        (read8(b, n - 16), read8(b, n - 8))
    } else if n >= 8 {
        (read8(b, 0), read8(b, n - 8).rotate_left(32))
    } else if n >= 4 {
        let a = read4(b, 0) | (read4(b, n - 4) << 32);
        (a, a.rotate_left(32))
    } else if n > 0 {
        let a = (b[0] as u64) | ((b[n / 2] as u64) << 8) | ((b[n - 1] as u64) << 16);
        (a, a.rotate_left(32))
    } else {
        (0, 0)
    };
    finish(a, c, state, n as u64)
}

thread_local! {
    /// This thread's random state; 0 until first use.
    static RAND: Cell<u64> = const { Cell::new(0) };
}

/// A seed from the kernel, or from the clock if that fails.
fn os_seed() -> u64 {
    let mut v = 0u64;
    // SAFETY: the buffer is 8 writable bytes.
    let n = unsafe { libc::getrandom((&raw mut v).cast(), 8, 0) };
    if n != 8 {
        let mut ts = libc::timespec {
            tv_sec: 0,
            tv_nsec: 0,
        };
        // SAFETY: `ts` is a valid timespec to fill.
        unsafe { libc::clock_gettime(libc::CLOCK_REALTIME, &mut ts) };
        v = (ts.tv_sec as u64) ^ (ts.tv_nsec as u64).rotate_left(32) ^ (&raw const ts as u64);
    }
    v | 1
}

/// A cheap random number from a per-thread generator (a counter advanced
/// by an odd constant and folded), seeded from the kernel on first use.
pub fn fastrand() -> u64 {
    RAND.with(|r| {
        let mut s = r.get();
        if s == 0 {
            s = os_seed();
        }
        s = s.wrapping_add(K0);
        r.set(s);
        fold(s, s ^ K1)
    })
}

/// `rgo_fastrand() -> u64`: a cheap per-thread random number.
#[unsafe(no_mangle)]
pub extern "C" fn rgo_fastrand() -> u64 {
    fastrand()
}

/// Panics with gc's message for `==` on a value of an uncomparable type.
pub fn panic_uncomparable(t: &TypeDesc) -> ! {
    let mut msg = b"comparing uncomparable type ".to_vec();
    msg.extend_from_slice(t.name());
    runtime_error(&msg)
}

/// Panics with gc's message for hashing a value of an unhashable type.
pub fn panic_unhashable(t: &TypeDesc) -> ! {
    let mut msg = b"hash of unhashable type ".to_vec();
    msg.extend_from_slice(t.name());
    runtime_error(&msg)
}

/// # Safety
/// `a` and `b` must be readable for `n` bytes.
unsafe fn mem_eq(a: *const u8, b: *const u8, n: usize) -> u8 {
    // SAFETY: guaranteed by the caller.
    unsafe {
        (a == b || std::slice::from_raw_parts(a, n) == std::slice::from_raw_parts(b, n)) as u8
    }
}

/// `rgo_memequal(t, a, b)`: the `t.size` bytes at `a` and `b` are equal.
///
/// # Safety
/// `t` must be a descriptor and `a`, `b` values of its type.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rgo_memequal(t: *const TypeDesc, a: *const u8, b: *const u8) -> u8 {
    // SAFETY: guaranteed by the caller.
    unsafe { mem_eq(a, b, (*t).size as usize) }
}

/// `rgo_memhash(t, p, seed)`: hash of the `t.size` bytes at `p`. Sizes 4
/// and 8 agree with `rgo_memhash32` and `rgo_memhash64`.
///
/// # Safety
/// `t` must be a descriptor and `p` a value of its type.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rgo_memhash(t: *const TypeDesc, p: *const u8, seed: u64) -> u64 {
    // SAFETY: guaranteed by the caller.
    unsafe {
        let n = (*t).size as usize;
        if n == 0 {
            return hash_bytes(&[], seed);
        }
        hash_bytes(std::slice::from_raw_parts(p, n), seed)
    }
}

macro_rules! fixed_mem {
    ($eq:ident, $hash:ident, $ty:ty, $h:expr) => {
        #[doc = concat!("`", stringify!($eq), "(t, a, b)`: equality of plain values the size of `")]
        #[doc = concat!(stringify!($ty), "`; `t` is ignored.")]
        ///
        /// # Safety
        /// `a` and `b` must point to values of that size.
        #[unsafe(no_mangle)]
        pub unsafe extern "C" fn $eq(_t: *const TypeDesc, a: *const u8, b: *const u8) -> u8 {
            // SAFETY: guaranteed by the caller.
            unsafe { ((a as *const $ty).read_unaligned() == (b as *const $ty).read_unaligned()) as u8 }
        }

        #[doc = concat!("`", stringify!($hash), "(t, p, seed)`: hash of a plain value the size of `")]
        #[doc = concat!(stringify!($ty), "`; `t` is ignored. Agrees with `rgo_memhash`.")]
        ///
        /// # Safety
        /// `p` must point to a value of that size.
        #[unsafe(no_mangle)]
        pub unsafe extern "C" fn $hash(_t: *const TypeDesc, p: *const u8, seed: u64) -> u64 {
            let h: fn($ty, u64) -> u64 = $h;
            // SAFETY: guaranteed by the caller.
            h(unsafe { (p as *const $ty).read_unaligned() }, seed)
        }
    };
}

fixed_mem!(rgo_memequal8, rgo_memhash8, u8, |v, s| hash_bytes(
    &v.to_le_bytes(),
    s
));
fixed_mem!(rgo_memequal16, rgo_memhash16, u16, |v, s| hash_bytes(
    &v.to_le_bytes(),
    s
));
fixed_mem!(rgo_memequal32, rgo_memhash32, u32, hash_u32);
fixed_mem!(rgo_memequal64, rgo_memhash64, u64, hash_u64);
fixed_mem!(rgo_memequal128, rgo_memhash128, u128, |v, s| hash_bytes(
    &v.to_le_bytes(),
    s
));

/// `rgo_strequal(t, a, b)`: equality of the Go strings at `a` and `b`.
///
/// # Safety
/// `a` and `b` must point to string headers.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rgo_strequal(_t: *const TypeDesc, a: *const u8, b: *const u8) -> u8 {
    // SAFETY: guaranteed by the caller.
    let (x, y) = unsafe { (*(a as *const GoString), *(b as *const GoString)) };
    (x.len == y.len && (x.ptr == y.ptr || x.as_bytes() == y.as_bytes())) as u8
}

/// `rgo_strhash(t, p, seed)`: hash of the Go string at `p`.
///
/// # Safety
/// `p` must point to a string header.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rgo_strhash(_t: *const TypeDesc, p: *const u8, seed: u64) -> u64 {
    // SAFETY: guaranteed by the caller.
    hash_bytes(unsafe { read_string(p) }, seed)
}

/// Hash of a float's bits with IEEE equality in mind: both zeros hash as
/// +0 and a NaN hashes randomly.
fn float_hash(zero: bool, nan: bool, bits: u64, seed: u64) -> u64 {
    if zero {
        hash_u64(0, seed)
    } else if nan {
        hash_u64(fastrand(), seed)
    } else {
        hash_u64(bits, seed)
    }
}

fn f32_hash(f: f32, seed: u64) -> u64 {
    float_hash(f == 0.0, f.is_nan(), f.to_bits() as u64, seed)
}

fn f64_hash(f: f64, seed: u64) -> u64 {
    float_hash(f == 0.0, f.is_nan(), f.to_bits(), seed)
}

/// `rgo_f32equal(t, a, b)`: IEEE equality of float32 values.
///
/// # Safety
/// `a` and `b` must point to float32 values.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rgo_f32equal(_t: *const TypeDesc, a: *const u8, b: *const u8) -> u8 {
    // SAFETY: guaranteed by the caller.
    unsafe { (*(a as *const f32) == *(b as *const f32)) as u8 }
}

/// `rgo_f64equal(t, a, b)`: IEEE equality of float64 values.
///
/// # Safety
/// `a` and `b` must point to float64 values.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rgo_f64equal(_t: *const TypeDesc, a: *const u8, b: *const u8) -> u8 {
    // SAFETY: guaranteed by the caller.
    unsafe { (*(a as *const f64) == *(b as *const f64)) as u8 }
}

/// `rgo_f32hash(t, p, seed)`: hash of a float32 (±0 alike, NaN random).
///
/// # Safety
/// `p` must point to a float32 value.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rgo_f32hash(_t: *const TypeDesc, p: *const u8, seed: u64) -> u64 {
    // SAFETY: guaranteed by the caller.
    f32_hash(unsafe { *(p as *const f32) }, seed)
}

/// `rgo_f64hash(t, p, seed)`: hash of a float64 (±0 alike, NaN random).
///
/// # Safety
/// `p` must point to a float64 value.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rgo_f64hash(_t: *const TypeDesc, p: *const u8, seed: u64) -> u64 {
    // SAFETY: guaranteed by the caller.
    f64_hash(unsafe { *(p as *const f64) }, seed)
}

/// `rgo_c64equal(t, a, b)`: equality of complex64 values, part by part.
///
/// # Safety
/// `a` and `b` must point to complex64 values.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rgo_c64equal(_t: *const TypeDesc, a: *const u8, b: *const u8) -> u8 {
    // SAFETY: guaranteed by the caller.
    let (x, y) = unsafe { (*(a as *const [f32; 2]), *(b as *const [f32; 2])) };
    (x[0] == y[0] && x[1] == y[1]) as u8
}

/// `rgo_c128equal(t, a, b)`: equality of complex128 values, part by part.
///
/// # Safety
/// `a` and `b` must point to complex128 values.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rgo_c128equal(_t: *const TypeDesc, a: *const u8, b: *const u8) -> u8 {
    // SAFETY: guaranteed by the caller.
    let (x, y) = unsafe { (*(a as *const [f64; 2]), *(b as *const [f64; 2])) };
    (x[0] == y[0] && x[1] == y[1]) as u8
}

/// `rgo_c64hash(t, p, seed)`: the imaginary part's hash seeded with the
/// real part's, as gc does.
///
/// # Safety
/// `p` must point to a complex64 value.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rgo_c64hash(_t: *const TypeDesc, p: *const u8, seed: u64) -> u64 {
    // SAFETY: guaranteed by the caller.
    let x = unsafe { *(p as *const [f32; 2]) };
    f32_hash(x[1], f32_hash(x[0], seed))
}

/// `rgo_c128hash(t, p, seed)`: as `rgo_c64hash` for complex128.
///
/// # Safety
/// `p` must point to a complex128 value.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rgo_c128hash(_t: *const TypeDesc, p: *const u8, seed: u64) -> u64 {
    // SAFETY: guaranteed by the caller.
    let x = unsafe { *(p as *const [f64; 2]) };
    f64_hash(x[1], f64_hash(x[0], seed))
}

/// The dynamic type of the interface value at `p` (null for nil) and a
/// pointer to its value: the data word itself for pointer-shaped types,
/// else what it points to. `itab` says whether word 0 is an `*Itab`.
///
/// # Safety
/// `p` must point to an interface value of the stated shape.
unsafe fn iface_value(p: *const u8, itab: bool) -> (*const TypeDesc, *const u8) {
    // SAFETY: guaranteed by the caller; a non-null itab is an Itab.
    unsafe {
        let w0 = *(p as *const *const u8);
        let t = if itab && !w0.is_null() {
            (*(w0 as *const Itab)).typ
        } else {
            w0 as *const TypeDesc
        };
        let data = p.add(8);
        if t.is_null() || (*t).is_pointer_shaped() {
            (t, data)
        } else {
            (t, *(data as *const *const u8))
        }
    }
}

/// # Safety
/// `a` and `b` must point to interface values of the stated shape.
unsafe fn iface_equal(a: *const u8, b: *const u8, itab: bool) -> u8 {
    // SAFETY: guaranteed by the caller.
    unsafe {
        let (ta, va) = iface_value(a, itab);
        let (tb, vb) = iface_value(b, itab);
        if ta != tb {
            return 0;
        }
        if ta.is_null() {
            return 1;
        }
        let Some(eq) = (*ta).equal else {
            panic_uncomparable(&*ta)
        };
        if (*ta).is_pointer_shaped() {
            return (*(va as *const usize) == *(vb as *const usize)) as u8;
        }
        eq(ta, va, vb)
    }
}

/// # Safety
/// `p` must point to an interface value of the stated shape.
unsafe fn iface_hash(p: *const u8, seed: u64, itab: bool) -> u64 {
    // SAFETY: guaranteed by the caller.
    unsafe {
        let (t, v) = iface_value(p, itab);
        if t.is_null() {
            return hash_u64(0, seed);
        }
        let (Some(hash), Some(_)) = ((*t).hashfn, (*t).equal) else {
            panic_unhashable(&*t)
        };
        hash(t, v, seed ^ ((*t).hash as u64).wrapping_mul(K0))
    }
}

/// `rgo_efaceequal(t, a, b)`: `==` of empty-interface values (word 0 a
/// type descriptor).
///
/// # Safety
/// `a` and `b` must point to `interface{}` values.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rgo_efaceequal(_t: *const TypeDesc, a: *const u8, b: *const u8) -> u8 {
    // SAFETY: guaranteed by the caller.
    unsafe { iface_equal(a, b, false) }
}

/// `rgo_efacehash(t, p, seed)`: hash of an empty-interface value.
///
/// # Safety
/// `p` must point to an `interface{}` value.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rgo_efacehash(_t: *const TypeDesc, p: *const u8, seed: u64) -> u64 {
    // SAFETY: guaranteed by the caller.
    unsafe { iface_hash(p, seed, false) }
}

/// `rgo_ifaceequal(t, a, b)`: `==` of non-empty interface values (word 0
/// an `*Itab`).
///
/// # Safety
/// `a` and `b` must point to non-empty interface values.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rgo_ifaceequal(_t: *const TypeDesc, a: *const u8, b: *const u8) -> u8 {
    // SAFETY: guaranteed by the caller.
    unsafe { iface_equal(a, b, true) }
}

/// `rgo_ifacehash(t, p, seed)`: hash of a non-empty interface value.
///
/// # Safety
/// `p` must point to a non-empty interface value.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rgo_ifacehash(_t: *const TypeDesc, p: *const u8, seed: u64) -> u64 {
    // SAFETY: guaranteed by the caller.
    unsafe { iface_hash(p, seed, true) }
}

/// Whether an interface type's values start with an itab.
fn has_itab(t: &TypeDesc) -> bool {
    t.nfields != 0
}

fn is_blank(f: &FieldDesc) -> bool {
    f.name.as_bytes() == b"_"
}

/// `rgo_generic_equal(t, a, b)`: `==` by walking the descriptor: arrays
/// element by element, structs field by field (skipping `_`), other kinds
/// by their own rules.
///
/// # Safety
/// `t` must be a descriptor and `a`, `b` values of its type.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rgo_generic_equal(t: *const TypeDesc, a: *const u8, b: *const u8) -> u8 {
    // SAFETY: guaranteed by the caller; offsets stay inside the values.
    unsafe {
        let d = &*t;
        match d.kind {
            KIND_ARRAY => {
                let e = d.elem();
                let eq = e.equal.unwrap_or_else(|| panic_uncomparable(d));
                let n = e.size as usize;
                for i in 0..d.len as usize {
                    if eq(e, a.add(i * n), b.add(i * n)) == 0 {
                        return 0;
                    }
                }
                1
            }
            KIND_STRUCT => {
                for f in d.struct_fields().iter().filter(|f| !is_blank(f)) {
                    let ft = &*f.typ;
                    let eq = ft.equal.unwrap_or_else(|| panic_uncomparable(d));
                    let off = f.offset as usize;
                    if eq(ft, a.add(off), b.add(off)) == 0 {
                        return 0;
                    }
                }
                1
            }
            KIND_STRING => rgo_strequal(t, a, b),
            KIND_FLOAT32 => rgo_f32equal(t, a, b),
            KIND_FLOAT64 => rgo_f64equal(t, a, b),
            KIND_COMPLEX64 => rgo_c64equal(t, a, b),
            KIND_COMPLEX128 => rgo_c128equal(t, a, b),
            KIND_INTERFACE => iface_equal(a, b, has_itab(d)),
            KIND_FUNC | KIND_MAP | KIND_SLICE => panic_uncomparable(d),
            _ => mem_eq(a, b, d.size as usize),
        }
    }
}

/// `rgo_generic_hash(t, p, seed)`: hash by walking the descriptor; each
/// element or field's hash seeds the next, as gc's `typehash` does.
///
/// # Safety
/// `t` must be a descriptor and `p` a value of its type.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rgo_generic_hash(t: *const TypeDesc, p: *const u8, seed: u64) -> u64 {
    // SAFETY: guaranteed by the caller; offsets stay inside the value.
    unsafe {
        let d = &*t;
        match d.kind {
            KIND_ARRAY => {
                let e = d.elem();
                let hash = e.hashfn.unwrap_or_else(|| panic_unhashable(d));
                let n = e.size as usize;
                (0..d.len as usize).fold(seed, |h, i| hash(e, p.add(i * n), h))
            }
            KIND_STRUCT => d
                .struct_fields()
                .iter()
                .filter(|f| !is_blank(f))
                .fold(seed, |h, f| {
                    let ft = &*f.typ;
                    let hash = ft.hashfn.unwrap_or_else(|| panic_unhashable(d));
                    hash(ft, p.add(f.offset as usize), h)
                }),
            KIND_STRING => rgo_strhash(t, p, seed),
            KIND_FLOAT32 => rgo_f32hash(t, p, seed),
            KIND_FLOAT64 => rgo_f64hash(t, p, seed),
            KIND_COMPLEX64 => rgo_c64hash(t, p, seed),
            KIND_COMPLEX128 => rgo_c128hash(t, p, seed),
            KIND_INTERFACE => iface_hash(p, seed, has_itab(d)),
            KIND_FUNC | KIND_MAP | KIND_SLICE => panic_unhashable(d),
            _ => rgo_memhash(t, p, seed),
        }
    }
}

/// Panics as hashing would if the key at `p` of type `t` cannot be
/// hashed (an interface in it holds an unhashable dynamic type). Lookups
/// and deletes on nil or empty maps call this so that they fail as gc's
/// do (`mapKeyError`) even though they hash nothing.
///
/// # Safety
/// `p` must point to a value of type `t`.
pub unsafe fn check_hashable(t: &TypeDesc, p: *const u8) {
    if t.flags & FLAG_REGULAR_MEMORY != 0 {
        return;
    }
    // SAFETY: guaranteed by the caller; offsets stay inside the value.
    unsafe {
        match t.kind {
            KIND_INTERFACE => {
                let (dt, v) = iface_value(p, has_itab(t));
                if dt.is_null() {
                    return;
                }
                if (*dt).equal.is_none() || (*dt).hashfn.is_none() {
                    panic_unhashable(&*dt);
                }
                check_hashable(&*dt, v);
            }
            KIND_ARRAY => {
                let e = t.elem();
                for i in 0..t.len as usize {
                    check_hashable(e, p.add(i * e.size as usize));
                }
            }
            KIND_STRUCT => {
                for f in t.struct_fields().iter().filter(|f| !is_blank(f)) {
                    check_hashable(&*f.typ, p.add(f.offset as usize));
                }
            }
            KIND_FUNC | KIND_MAP | KIND_SLICE => panic_unhashable(t),
            _ => {}
        }
    }
}

// The exported functions must have the descriptor fields' types.
const _: [EqualFn; 4] = [
    rgo_memequal,
    rgo_strequal,
    rgo_efaceequal,
    rgo_generic_equal,
];
const _: [HashFn; 4] = [rgo_memhash, rgo_strhash, rgo_efacehash, rgo_generic_hash];
