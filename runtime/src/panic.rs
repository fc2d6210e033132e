//! This module implements run-time panics and fatal errors: the messages
//! gc's runtime prints for failed bounds checks, division by zero, nil
//! dereferences and `panic(v)`, followed by a goroutine header, and exit
//! status 2.
//!
//! Until `defer`/`recover` exist every panic is fatal, so each entry point
//! prints and exits. The first line is byte-identical with gc's; the trace
//! after it is a fixed stand-in (`goroutine 1 [running]:` and `main.main()`)
//! because tests compare only the first line.
//!
//! Bounds failures share one entry point with a kind code, mirroring gc's
//! `boundsError`: the code says which check failed (`s[x]`, `s[:x]`,
//! `s[x:y]`, three-index forms, slice-to-array conversion), `x` is the
//! offending index and `y` the length, capacity or other bound. A negative
//! signed `x` gets the shorter message without `y`, as in gc.

use crate::print::{print_float, print_int, print_uint};
use crate::sys::{exit, write_stderr};

/// Which bounds check failed; the values are the ones gc uses.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub enum BoundsKind {
    /// `s[x]`: `0 <= x < len(s)` failed.
    Index = 0,
    /// `s[?:x]`: `0 <= x <= len(s)` failed.
    SliceAlen = 1,
    /// `s[?:x]`: `0 <= x <= cap(s)` failed.
    SliceAcap = 2,
    /// `s[x:y]`: `0 <= x <= y` failed.
    SliceB = 3,
    /// `s[?:?:x]`: `0 <= x <= len(s)` failed.
    Slice3Alen = 4,
    /// `s[?:?:x]`: `0 <= x <= cap(s)` failed.
    Slice3Acap = 5,
    /// `s[?:x:y]`: `0 <= x <= y` failed.
    Slice3B = 6,
    /// `s[x:y:?]`: `0 <= x <= y` failed.
    Slice3C = 7,
    /// `(*[x]T)(s)`: `0 <= x <= len(s)` failed.
    Convert = 8,
}

impl BoundsKind {
    fn from_code(code: i64) -> BoundsKind {
        use BoundsKind::*;
        match code {
            1 => SliceAlen,
            2 => SliceAcap,
            3 => SliceB,
            4 => Slice3Alen,
            5 => Slice3Acap,
            6 => Slice3B,
            7 => Slice3C,
            8 => Convert,
            _ => Index,
        }
    }

    /// The message around `x` and `y`: (before x, between x and y, after y)
    /// when x is in range of its type's sign, gc's `boundsErrorFmts`.
    fn pieces(self) -> (&'static str, &'static str, &'static str) {
        use BoundsKind::*;
        match self {
            Index => ("index out of range [", "] with length ", ""),
            SliceAlen => ("slice bounds out of range [:", "] with length ", ""),
            SliceAcap => ("slice bounds out of range [:", "] with capacity ", ""),
            SliceB => ("slice bounds out of range [", ":", "]"),
            Slice3Alen => ("slice bounds out of range [::", "] with length ", ""),
            Slice3Acap => ("slice bounds out of range [::", "] with capacity ", ""),
            Slice3B => ("slice bounds out of range [:", ":", "]"),
            Slice3C => ("slice bounds out of range [", ":", ":]"),
            Convert => ("", "", ""),
        }
    }

    /// The message for a negative x, gc's `boundsNegErrorFmts`.
    fn negative_pieces(self) -> (&'static str, &'static str) {
        use BoundsKind::*;
        match self {
            Index => ("index out of range [", "]"),
            SliceAlen | SliceAcap => ("slice bounds out of range [:", "]"),
            SliceB => ("slice bounds out of range [", ":]"),
            Slice3Alen | Slice3Acap => ("slice bounds out of range [::", "]"),
            Slice3B => ("slice bounds out of range [:", ":]"),
            Slice3C | Convert => ("slice bounds out of range [", "::]"),
        }
    }
}

/// Prints `panic: ` and starts a fatal panic; the caller prints the value.
fn begin_panic() {
    crate::print::rgo_print_lock();
    write_stderr(b"panic: ");
}

/// Finishes a fatal panic: the goroutine trace stand-in and exit status 2.
pub fn end_panic() -> ! {
    write_stderr(b"\n\ngoroutine 1 [running]:\nmain.main()\n");
    exit(2)
}

/// Prints a runtime error panic (`panic: runtime error: MSG`) and exits.
pub fn runtime_error(msg: &[u8]) -> ! {
    begin_panic();
    write_stderr(b"runtime error: ");
    write_stderr(msg);
    end_panic()
}

/// Prints `fatal error: MSG` and the trace stand-in and exits with status
/// 2, as gc's `throw` does.
pub fn fatal(msg: &[u8]) -> ! {
    crate::print::rgo_print_lock();
    write_stderr(b"fatal error: ");
    write_stderr(msg);
    end_panic()
}

fn bounds(kind: BoundsKind, x: i64, x_signed: bool, y: i64) -> ! {
    begin_panic();
    write_stderr(b"runtime error: ");
    let print_x = || {
        if x_signed {
            print_int(x)
        } else {
            print_uint(x as u64)
        }
    };
    if kind == BoundsKind::Convert {
        write_stderr(b"cannot convert slice with length ");
        print_int(y);
        write_stderr(b" to array or pointer to array with length ");
        print_x();
    } else if x_signed && x < 0 {
        let (before, after) = kind.negative_pieces();
        write_stderr(before.as_bytes());
        print_x();
        write_stderr(after.as_bytes());
    } else {
        let (before, between, after) = kind.pieces();
        write_stderr(before.as_bytes());
        print_x();
        write_stderr(between.as_bytes());
        print_int(y);
        write_stderr(after.as_bytes());
    }
    end_panic()
}

/// `rgo_panic_index(i, len)`: `index out of range [i] with length len`.
#[unsafe(no_mangle)]
pub extern "C" fn rgo_panic_index(i: i64, len: i64) -> ! {
    bounds(BoundsKind::Index, i, true, len)
}

/// `rgo_panic_bounds(kind, x, y)`: any failed bounds check with a signed
/// index `x`; `kind` is a `BoundsKind` code (0 index, 1 `[:x]` vs length,
/// 2 `[:x]` vs capacity, 3 `[x:y]`, 4 `[::x]` vs length, 5 `[::x]` vs
/// capacity, 6 `[:x:y]`, 7 `[x:y:]`, 8 slice-to-array conversion).
#[unsafe(no_mangle)]
pub extern "C" fn rgo_panic_bounds(kind: i64, x: i64, y: i64) -> ! {
    bounds(BoundsKind::from_code(kind), x, true, y)
}

/// `rgo_panic_bounds_unsigned(kind, x, y)`: as `rgo_panic_bounds` for an
/// index of unsigned type, so a huge `x` prints as unsigned.
#[unsafe(no_mangle)]
pub extern "C" fn rgo_panic_bounds_unsigned(kind: i64, x: u64, y: i64) -> ! {
    bounds(BoundsKind::from_code(kind), x as i64, false, y)
}

/// `rgo_panic_divide()`: `integer divide by zero`.
#[unsafe(no_mangle)]
pub extern "C" fn rgo_panic_divide() -> ! {
    runtime_error(b"integer divide by zero")
}

/// Prints gc's `[signal NAME code=.. addr=.. pc=..]` line, which follows
/// the first line of a panic or fatal error caused by a signal.
pub fn signal_line(name: &[u8], code: u64, addr: u64, pc: u64) {
    write_stderr(b"\n[signal ");
    write_stderr(name);
    write_stderr(b" code=");
    crate::print::print_hex(code);
    write_stderr(b" addr=");
    crate::print::print_hex(addr);
    write_stderr(b" pc=");
    crate::print::print_hex(pc);
    write_stderr(b"]");
}

/// Prints the nil-dereference panic with the signal line gc prints under
/// it, for a fault at `addr` with si_code `code` at program counter `pc`.
pub fn nil_deref(code: u64, addr: u64, pc: u64) -> ! {
    begin_panic();
    write_stderr(b"runtime error: invalid memory address or nil pointer dereference");
    signal_line(b"SIGSEGV: segmentation violation", code, addr, pc);
    end_panic()
}

/// Prints gc's report of a fault at an address that is not near nil
/// (`unexpected fault address`, `fatal error: fault`) and exits.
pub fn fault(name: &[u8], code: u64, addr: u64, pc: u64) -> ! {
    crate::print::rgo_print_lock();
    write_stderr(b"unexpected fault address ");
    crate::print::print_hex(addr);
    write_stderr(b"\nfatal error: fault");
    signal_line(name, code, addr, pc);
    end_panic()
}

/// A goroutine ran out of stack, reported in gc's words.
pub fn stack_overflow() -> ! {
    crate::print::rgo_print_lock();
    write_stderr(b"runtime: goroutine stack exceeds 1000000000-byte limit\n");
    write_stderr(b"fatal error: stack overflow");
    end_panic()
}

/// `rgo_panic_nil()`: an explicit nil check failed.
#[unsafe(no_mangle)]
pub extern "C" fn rgo_panic_nil() -> ! {
    nil_deref(1, 0, 0)
}

/// `rgo_panic_string(ptr, len)`: `panic(s)` for a string, and for an error
/// or Stringer after the compiler has called its method. Newlines in the
/// message are followed by a tab, as in gc.
///
/// # Safety
/// `ptr` must point to `len` readable bytes (or `len` must be 0).
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rgo_panic_string(ptr: *const u8, len: i64) -> ! {
    let msg: &[u8] = if len > 0 {
        // SAFETY: guaranteed by the caller.
        unsafe { std::slice::from_raw_parts(ptr, len as usize) }
    } else {
        &[]
    };
    begin_panic();
    for line in msg.split_inclusive(|&b| b == b'\n') {
        write_stderr(line);
        if line.ends_with(b"\n") {
            write_stderr(b"\t");
        }
    }
    end_panic()
}

/// `rgo_panic_int(v)`: `panic(v)` for a signed integer value.
#[unsafe(no_mangle)]
pub extern "C" fn rgo_panic_int(v: i64) -> ! {
    begin_panic();
    print_int(v);
    end_panic()
}

/// `rgo_panic_uint(v)`: `panic(v)` for an unsigned integer value.
#[unsafe(no_mangle)]
pub extern "C" fn rgo_panic_uint(v: u64) -> ! {
    begin_panic();
    print_uint(v);
    end_panic()
}

/// `rgo_panic_float(v)`: `panic(v)` for a float, printed as `print` does.
#[unsafe(no_mangle)]
pub extern "C" fn rgo_panic_float(v: f64) -> ! {
    begin_panic();
    print_float(v);
    end_panic()
}

/// `rgo_panic_bool(v)`: `panic(v)` for a bool.
#[unsafe(no_mangle)]
pub extern "C" fn rgo_panic_bool(v: u8) -> ! {
    begin_panic();
    write_stderr(if v != 0 { b"true" } else { b"false" });
    end_panic()
}

/// A shift by a negative (signed) count.
#[unsafe(no_mangle)]
pub extern "C" fn rgo_panic_shift() -> ! {
    runtime_error(b"negative shift amount")
}
