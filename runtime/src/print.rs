//! This module implements the `print` and `println` builtins the way gc's
//! runtime does: unbuffered writes to standard error, with numbers in gc's
//! own formats, which differ from fmt's. The compiler lowers
//! `println(a, b)` to `rgo_print_lock`, one `rgo_print_*` call per operand
//! with `rgo_print_space` between them, `rgo_print_nl`, `rgo_print_unlock`.
//!
//! Floats are printed as gc prints them: a sign, one digit, a point, six
//! more digits, and a three-digit signed exponent (`+1.500000e+000`). The
//! digits are produced by repeatedly scaling the value into [1, 10) and
//! peeling off integer parts, then rounding by adding half a unit in the
//! last place — not correctly rounded, but byte-identical with gc, which
//! is what matters here.
//!
//! The lock serialises whole print statements between threads. It is
//! reentrant because a panic message is printed while the panicking
//! thread may already hold it (a print statement whose operand panics).

use std::sync::atomic::{AtomicUsize, Ordering};

use crate::sys::write_stderr;

/// The thread holding the print lock (an address unique to each thread),
/// or 0.
static OWNER: AtomicUsize = AtomicUsize::new(0);
/// How many times the owner has taken the lock.
static DEPTH: AtomicUsize = AtomicUsize::new(0);

fn thread_token() -> usize {
    thread_local!(static TOKEN: u8 = const { 0 });
    TOKEN.with(|t| t as *const u8 as usize)
}

/// `rgo_print_lock()`: takes the print lock; calls nest.
#[unsafe(no_mangle)]
pub extern "C" fn rgo_print_lock() {
    let me = thread_token();
    if OWNER.load(Ordering::Relaxed) == me {
        DEPTH.fetch_add(1, Ordering::Relaxed);
        return;
    }
    while OWNER
        .compare_exchange_weak(0, me, Ordering::Acquire, Ordering::Relaxed)
        .is_err()
    {
        std::thread::yield_now();
    }
    DEPTH.store(1, Ordering::Relaxed);
}

/// `rgo_print_unlock()`: releases one level of the print lock.
#[unsafe(no_mangle)]
pub extern "C" fn rgo_print_unlock() {
    if OWNER.load(Ordering::Relaxed) != thread_token() {
        return;
    }
    if DEPTH.fetch_sub(1, Ordering::Relaxed) == 1 {
        OWNER.store(0, Ordering::Release);
    }
}

/// Formats `v` in decimal into the end of `buf`, returning the digits.
pub fn format_uint(v: u64, buf: &mut [u8; 20]) -> &[u8] {
    let mut i = buf.len();
    let mut v = v;
    loop {
        i -= 1;
        buf[i] = b'0' + (v % 10) as u8;
        v /= 10;
        if v == 0 {
            return &buf[i..];
        }
    }
}

pub fn print_uint(v: u64) {
    let mut buf = [0u8; 20];
    write_stderr(format_uint(v, &mut buf));
}

pub fn print_int(v: i64) {
    if v < 0 {
        let mut buf = [0u8; 21];
        let mut digits = [0u8; 20];
        let d = format_uint(v.unsigned_abs(), &mut digits);
        buf[0] = b'-';
        buf[1..=d.len()].copy_from_slice(d);
        write_stderr(&buf[..=d.len()]);
    } else {
        print_uint(v as u64);
    }
}

/// Formats `v` the way gc's `print` does; see the module comment.
pub fn format_float(v: f64) -> ([u8; 14], usize) {
    let mut buf = [0u8; 14];
    let special: Option<&[u8]> = if v.is_nan() {
        Some(b"NaN")
    } else if v.is_infinite() {
        Some(if v > 0.0 { b"+Inf" } else { b"-Inf" })
    } else {
        None
    };
    if let Some(s) = special {
        buf[..s.len()].copy_from_slice(s);
        return (buf, s.len());
    }

    const DIGITS: usize = 7;
    let mut v = v;
    let mut exp: i32 = 0;
    buf[0] = b'+';
    if v == 0.0 {
        if v.is_sign_negative() {
            buf[0] = b'-';
        }
    } else {
        if v < 0.0 {
            v = -v;
            buf[0] = b'-';
        }
        while v >= 10.0 {
            exp += 1;
            v /= 10.0;
        }
        while v < 1.0 {
            exp -= 1;
            v *= 10.0;
        }
        // Half a unit in the seventh digit, computed by the same repeated
        // division gc uses so that the rounding is bit-for-bit the same.
        let mut half = 5.0;
        for _ in 0..DIGITS {
            half /= 10.0;
        }
        v += half;
        if v >= 10.0 {
            exp += 1;
            v /= 10.0;
        }
    }
    for i in 0..DIGITS {
        let d = v as i64;
        buf[i + 2] = b'0' + d as u8;
        v -= d as f64;
        v *= 10.0;
    }
    buf[1] = buf[2];
    buf[2] = b'.';
    buf[DIGITS + 2] = b'e';
    buf[DIGITS + 3] = if exp < 0 { b'-' } else { b'+' };
    let e = exp.unsigned_abs();
    buf[DIGITS + 4] = b'0' + (e / 100 % 10) as u8;
    buf[DIGITS + 5] = b'0' + (e / 10 % 10) as u8;
    buf[DIGITS + 6] = b'0' + (e % 10) as u8;
    (buf, DIGITS + 7)
}

pub fn print_float(v: f64) {
    let (buf, len) = format_float(v);
    write_stderr(&buf[..len]);
}

/// Formats `v` as gc's `printhex`: `0x` and lowercase digits, no padding.
pub fn format_hex(v: u64, buf: &mut [u8; 18]) -> &[u8] {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut i = buf.len();
    let mut v = v;
    loop {
        i -= 1;
        buf[i] = DIGITS[(v % 16) as usize];
        v /= 16;
        if v == 0 {
            break;
        }
    }
    buf[i - 1] = b'x';
    buf[i - 2] = b'0';
    &buf[i - 2..]
}

pub fn print_hex(v: u64) {
    let mut buf = [0u8; 18];
    write_stderr(format_hex(v, &mut buf));
}

/// `rgo_print_int(v)`: a signed integer in decimal.
#[unsafe(no_mangle)]
pub extern "C" fn rgo_print_int(v: i64) {
    print_int(v);
}

/// `rgo_print_uint(v)`: an unsigned integer in decimal.
#[unsafe(no_mangle)]
pub extern "C" fn rgo_print_uint(v: u64) {
    print_uint(v);
}

/// `rgo_print_bool(v)`: `true` or `false`.
#[unsafe(no_mangle)]
pub extern "C" fn rgo_print_bool(v: u8) {
    write_stderr(if v != 0 { b"true" } else { b"false" });
}

/// `rgo_print_float(v)`: a float in gc's `+d.dddddde+ddd` form.
#[unsafe(no_mangle)]
pub extern "C" fn rgo_print_float(v: f64) {
    print_float(v);
}

/// `rgo_print_complex(re, im)`: `(re im i)` with both parts as floats.
#[unsafe(no_mangle)]
pub extern "C" fn rgo_print_complex(re: f64, im: f64) {
    write_stderr(b"(");
    print_float(re);
    print_float(im);
    write_stderr(b"i)");
}

/// `rgo_print_string(ptr, len)`: the bytes of a string, unchanged.
///
/// # Safety
/// `ptr` must point to `len` readable bytes (or `len` must be 0).
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rgo_print_string(ptr: *const u8, len: i64) {
    if len > 0 {
        // SAFETY: guaranteed by the caller.
        write_stderr(unsafe { std::slice::from_raw_parts(ptr, len as usize) });
    }
}

/// `rgo_print_pointer(p)`: a pointer in hex, `0x0` for nil.
#[unsafe(no_mangle)]
pub extern "C" fn rgo_print_pointer(p: usize) {
    print_hex(p as u64);
}

/// `rgo_print_hex(v)`: an integer in hex with a `0x` prefix.
#[unsafe(no_mangle)]
pub extern "C" fn rgo_print_hex(v: u64) {
    print_hex(v);
}

/// `rgo_print_space()`: the separator `println` puts between operands.
#[unsafe(no_mangle)]
pub extern "C" fn rgo_print_space() {
    write_stderr(b" ");
}

/// `rgo_print_nl()`: the newline ending a `println`.
#[unsafe(no_mangle)]
pub extern "C" fn rgo_print_nl() {
    write_stderr(b"\n");
}

/// println of a slice: `[len/cap]0xPTR`, as gc prints it.
#[unsafe(no_mangle)]
pub extern "C" fn rgo_print_slice(ptr: usize, len: i64, cap: i64) {
    write_stderr(b"[");
    print_int(len);
    write_stderr(b"/");
    print_int(cap);
    write_stderr(b"]");
    rgo_print_pointer(ptr);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn float(v: f64) -> String {
        let (buf, len) = format_float(v);
        String::from_utf8(buf[..len].to_vec()).unwrap()
    }

    #[test]
    fn hex_matches_printhex() {
        let mut buf = [0u8; 18];
        assert_eq!(format_hex(0, &mut buf), b"0x0");
        assert_eq!(format_hex(0xdead_beef, &mut buf), b"0xdeadbeef");
        assert_eq!(format_hex(u64::MAX, &mut buf), b"0xffffffffffffffff");
    }

    #[test]
    fn uint_is_decimal() {
        let mut buf = [0u8; 20];
        assert_eq!(format_uint(0, &mut buf), b"0");
        assert_eq!(format_uint(u64::MAX, &mut buf), b"18446744073709551615");
    }

    #[test]
    fn float_specials() {
        assert_eq!(float(f64::NAN), "NaN");
        assert_eq!(float(f64::INFINITY), "+Inf");
        assert_eq!(float(f64::NEG_INFINITY), "-Inf");
    }
}
