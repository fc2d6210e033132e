//! This module implements the string operations generated code calls:
//! concatenation, comparison, conversions between strings, bytes and
//! runes, and UTF-8 decoding for `for range` over a string.
//!
//! A Go string is a (pointer, length) pair passed as two arguments and
//! returned as the two-word `GoString`, which both C ABIs return in two
//! registers. Strings are immutable, so operations return an operand
//! unchanged instead of copying when they can, as gc does. Invalid UTF-8
//! decodes to U+FFFD one byte at a time, as the Go specification requires.

use crate::alloc::alloc;
use crate::slice::{GoSlice, roundupsize};

/// A string value: pointer to the bytes and their count.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct GoString {
    pub ptr: *const u8,
    pub len: i64,
}

impl GoString {
    /// The string's bytes. A `GoString` always comes from generated code
    /// or the runtime, which keep `ptr` valid for `len` bytes.
    pub fn as_bytes<'a>(&self) -> &'a [u8] {
        // SAFETY: see above; a non-positive length is the empty string.
        unsafe { bytes(self.ptr, self.len) }
    }
}

/// U+FFFD, what invalid runes and bytes become.
const RUNE_ERROR: u32 = 0xFFFD;

/// # Safety
/// `ptr` must point to `len` readable bytes or `len` must be <= 0.
unsafe fn bytes<'a>(ptr: *const u8, len: i64) -> &'a [u8] {
    if len <= 0 {
        &[]
    } else {
        // SAFETY: guaranteed by the caller.
        unsafe { std::slice::from_raw_parts(ptr, len as usize) }
    }
}

/// Copies `b` into a fresh heap string.
/// A Go string holding a copy of `b` (for other runtime modules).
pub fn go_string(b: &[u8]) -> GoString {
    new_string(b)
}

fn new_string(b: &[u8]) -> GoString {
    let p = alloc(b.len(), 1);
    if !b.is_empty() {
        // SAFETY: `p` is a fresh allocation of `b.len()` bytes.
        unsafe { std::ptr::copy_nonoverlapping(b.as_ptr(), p, b.len()) };
    }
    GoString {
        ptr: p,
        len: b.len() as i64,
    }
}

/// `rgo_string_concat(a_ptr, a_len, b_ptr, b_len) -> GoString`: `a + b`.
///
/// # Safety
/// Both operands must be valid strings.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rgo_string_concat(
    a_ptr: *const u8,
    a_len: i64,
    b_ptr: *const u8,
    b_len: i64,
) -> GoString {
    if a_len <= 0 {
        return GoString {
            ptr: b_ptr,
            len: b_len.max(0),
        };
    }
    if b_len <= 0 {
        return GoString {
            ptr: a_ptr,
            len: a_len,
        };
    }
    // SAFETY: guaranteed by the caller.
    let (a, b) = unsafe { (bytes(a_ptr, a_len), bytes(b_ptr, b_len)) };
    let p = alloc(a.len() + b.len(), 1);
    // SAFETY: `p` has room for both operands.
    unsafe {
        std::ptr::copy_nonoverlapping(a.as_ptr(), p, a.len());
        std::ptr::copy_nonoverlapping(b.as_ptr(), p.add(a.len()), b.len());
    }
    GoString {
        ptr: p,
        len: a_len + b_len,
    }
}

/// `rgo_string_eq(a_ptr, a_len, b_ptr, b_len) -> u8`: 1 if equal.
///
/// # Safety
/// Both operands must be valid strings.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rgo_string_eq(
    a_ptr: *const u8,
    a_len: i64,
    b_ptr: *const u8,
    b_len: i64,
) -> u8 {
    // SAFETY: guaranteed by the caller.
    let equal = a_len == b_len && unsafe { bytes(a_ptr, a_len) == bytes(b_ptr, b_len) };
    equal as u8
}

/// `rgo_string_cmp(a_ptr, a_len, b_ptr, b_len) -> i64`: -1, 0 or 1 as `a`
/// sorts before, equal to or after `b`, comparing bytes.
///
/// # Safety
/// Both operands must be valid strings.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rgo_string_cmp(
    a_ptr: *const u8,
    a_len: i64,
    b_ptr: *const u8,
    b_len: i64,
) -> i64 {
    // SAFETY: guaranteed by the caller.
    let (a, b) = unsafe { (bytes(a_ptr, a_len), bytes(b_ptr, b_len)) };
    a.cmp(b) as i64
}

/// Encodes `r` as UTF-8 into `buf`, substituting U+FFFD for surrogates and
/// values outside the Unicode range; returns the byte count.
pub fn encode_rune(r: i64, buf: &mut [u8; 4]) -> usize {
    let c = u32::try_from(r)
        .ok()
        .and_then(char::from_u32)
        .unwrap_or(char::from_u32(RUNE_ERROR).unwrap_or('?'));
    c.encode_utf8(buf).len()
}

/// `rgo_string_from_rune(r) -> GoString`: `string(r)` for any integer
/// value (sign-extended to 64 bits); invalid code points give "\uFFFD".
#[unsafe(no_mangle)]
pub extern "C" fn rgo_string_from_rune(r: i64) -> GoString {
    let mut buf = [0u8; 4];
    let n = encode_rune(r, &mut buf);
    new_string(&buf[..n])
}

/// `rgo_string_from_bytes(ptr, len) -> GoString`: `string(b)`, a copy.
///
/// # Safety
/// `ptr` must point to `len` readable bytes.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rgo_string_from_bytes(ptr: *const u8, len: i64) -> GoString {
    // SAFETY: guaranteed by the caller.
    new_string(unsafe { bytes(ptr, len) })
}

/// `rgo_bytes_from_string(out, ptr, len)`: `[]byte(s)`, a copy whose
/// capacity is rounded up to the size class as gc's heap copy is.
///
/// # Safety
/// `out` must be writable and the string valid.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rgo_bytes_from_string(out: *mut GoSlice, ptr: *const u8, len: i64) {
    // SAFETY: guaranteed by the caller.
    let s = unsafe { bytes(ptr, len) };
    let cap = roundupsize(s.len(), true);
    let p = alloc(cap, 1);
    if !s.is_empty() {
        // SAFETY: `p` has room for `cap >= s.len()` bytes.
        unsafe { std::ptr::copy_nonoverlapping(s.as_ptr(), p, s.len()) };
    }
    // SAFETY: guaranteed by the caller.
    unsafe {
        out.write(GoSlice {
            ptr: p,
            len: s.len() as i64,
            cap: cap as i64,
        })
    };
}

/// The result of decoding one rune: the rune and the index after it.
#[repr(C)]
pub struct DecodedRune {
    pub rune: i64,
    pub next: i64,
}

/// Decodes the rune starting at byte `i` of `s`: (rune, its length), with
/// (U+FFFD, 1) for an invalid or truncated sequence.
pub fn decode_rune(s: &[u8], i: usize) -> (u32, usize) {
    let rest = &s[i..];
    let want = match rest[0] {
        0x00..=0x7F => return (rest[0] as u32, 1),
        0xC2..=0xDF => 2,
        0xE0..=0xEF => 3,
        0xF0..=0xF4 => 4,
        _ => return (RUNE_ERROR, 1),
    };
    let end = want.min(rest.len());
    match std::str::from_utf8(&rest[..end]) {
        Ok(text) if end == want => (text.chars().next().map_or(RUNE_ERROR, |c| c as u32), want),
        _ => (RUNE_ERROR, 1),
    }
}

/// `rgo_decode_rune(ptr, len, i) -> {rune, next}`: one step of `for i, r
/// := range s`, for a non-ASCII byte at index `i` (the compiler handles
/// ASCII inline).
///
/// # Safety
/// The string must be valid and `0 <= i < len`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rgo_decode_rune(ptr: *const u8, len: i64, i: i64) -> DecodedRune {
    // SAFETY: guaranteed by the caller.
    let s = unsafe { bytes(ptr, len) };
    let (rune, n) = decode_rune(s, i as usize);
    DecodedRune {
        rune: rune as i64,
        next: i + n as i64,
    }
}

/// `string(runes)`: the UTF-8 encoding of a []rune.
///
/// # Safety
/// `(ptr, len)` must describe a valid []rune.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rgo_string_from_runes(ptr: *const i32, len: i64) -> GoString {
    let runes = if len <= 0 {
        &[][..]
    } else {
        // SAFETY: guaranteed by the caller.
        unsafe { std::slice::from_raw_parts(ptr, len as usize) }
    };
    let mut out = Vec::with_capacity(runes.len());
    let mut buf = [0u8; 4];
    for r in runes {
        let n = encode_rune(*r as i64, &mut buf);
        out.extend_from_slice(&buf[..n]);
    }
    new_string(&out)
}

/// `[]rune(s)`: the runes of a string (invalid bytes become U+FFFD).
///
/// # Safety
/// `out` must be writable and `(ptr, len)` a valid string.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rgo_runes_from_string(out: *mut GoSlice, ptr: *const u8, len: i64) {
    // SAFETY: guaranteed by the caller.
    let s = unsafe { bytes(ptr, len) };
    let mut runes = Vec::new();
    let mut i = 0;
    while i < s.len() {
        let (r, n) = decode_rune(s, i);
        runes.push(r as i32);
        i += n;
    }
    let n = runes.len();
    let p = alloc(n * 4, 4);
    // SAFETY: `p` is a fresh allocation of `n` runes.
    unsafe {
        std::ptr::copy_nonoverlapping(runes.as_ptr() as *const u8, p, n * 4);
        *out = GoSlice {
            ptr: p,
            len: n as i64,
            cap: roundupsize(n * 4, true) as i64 / 4,
        };
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_valid_and_invalid_utf8() {
        assert_eq!(decode_rune("é".as_bytes(), 0), (0xE9, 2));
        assert_eq!(decode_rune("€".as_bytes(), 0), (0x20AC, 3));
        assert_eq!(decode_rune(b"\xff", 0), (RUNE_ERROR, 1));
        assert_eq!(decode_rune(b"\xe2\x82", 0), (RUNE_ERROR, 1));
        assert_eq!(decode_rune(b"\xed\xa0\x80", 0), (RUNE_ERROR, 1));
    }

    #[test]
    fn encodes_invalid_runes_as_replacement() {
        let mut buf = [0u8; 4];
        assert_eq!(encode_rune(-1, &mut buf), 3);
        assert_eq!(&buf[..3], "\u{FFFD}".as_bytes());
        assert_eq!(encode_rune(0xD800, &mut buf), 3);
        assert_eq!(encode_rune(0x41, &mut buf), 1);
    }
}
