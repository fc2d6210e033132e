//! This module implements run-time errors and fatal errors. A run-time
//! error (failed bounds check, division by zero, nil dereference, failed
//! type assertion...) is a Go panic whose value is a `runtime.Error` built
//! by the Go half of package runtime (stdlib/runtime), so deferred calls
//! run and `recover` gets an error whose `Error()` is gc's text. A panic
//! nobody recovers is printed as gc prints it, followed by a goroutine
//! header, with exit status 2; the first line is byte-identical with gc's,
//! the trace after it a fixed stand-in (tests compare only the first line).
//! Fatal errors (`fatal error: ...`) cannot be recovered.
//!
//! Bounds failures share one entry point with a kind code, mirroring gc's
//! `boundsError`: the code says which check failed (`s[x]`, `s[:x]`,
//! `s[x:y]`, three-index forms, slice-to-array conversion), `x` is the
//! offending index and `y` the length, capacity or other bound. A negative
//! signed `x` gets the shorter message without `y`, as in gc.

use crate::defer::Eface;
use crate::string::GoString;
use crate::sys::{exit, write_stderr};
use std::sync::atomic::{AtomicPtr, Ordering};

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

/// The kinds of error values package runtime's `newError` builds.
#[derive(Clone, Copy)]
#[repr(i64)]
pub enum ErrorKind {
    /// `runtime error: MSG` (runtime.Error).
    Runtime = 0,
    /// `MSG`, still a runtime.Error (nil map assignment).
    Plain = 1,
    /// A failed bounds check: `runtime error: MSG`.
    Bounds = 2,
    /// `*runtime.TypeAssertionError`: `MSG`.
    TypeAssertion = 3,
    /// `*runtime.PanicNilError`, the value of `panic(nil)`.
    PanicNil = 4,
}

/// stdlib/runtime/error.go's `func newError(kind int, msg string) any`,
/// with the Go calling convention (closure context first).
type NewErrorFn = unsafe extern "C" fn(usize, i64, *const u8, i64) -> Eface;

/// The code address of `runtime.newError`, handed over by the program's
/// entry before any Go code runs. Null in executables without Go code
/// (the linker tests): errors then become their message strings.
static NEW_ERROR: AtomicPtr<u8> = AtomicPtr::new(std::ptr::null_mut());

/// Records the Go constructor of run-time error values.
#[unsafe(no_mangle)]
pub extern "C" fn rgo_set_error_constructor(f: *mut u8) {
    NEW_ERROR.store(f, Ordering::Release);
}

/// The Go error value of kind `kind` with message `msg`.
pub fn go_error(kind: ErrorKind, msg: &[u8]) -> Eface {
    let f = NEW_ERROR.load(Ordering::Acquire);
    if f.is_null() {
        return string_eface(&fallback_text(kind, msg));
    }
    let copy = crate::alloc::alloc(msg.len(), 1);
    // SAFETY: `copy` has room for `msg`.
    unsafe { std::ptr::copy_nonoverlapping(msg.as_ptr(), copy, msg.len()) };
    // SAFETY: `f` is runtime.newError, registered by the program entry.
    let f: NewErrorFn = unsafe { std::mem::transmute(f) };
    // SAFETY: the Go function takes a context, an int and a string.
    unsafe { f(0, kind as i64, copy, msg.len() as i64) }
}

/// What the `Error` method of error.go's value of `kind` would return.
fn fallback_text(kind: ErrorKind, msg: &[u8]) -> Vec<u8> {
    match kind {
        ErrorKind::Runtime | ErrorKind::Bounds => [b"runtime error: ", msg].concat(),
        ErrorKind::Plain | ErrorKind::TypeAssertion => msg.to_vec(),
        ErrorKind::PanicNil => b"panic called with nil argument".to_vec(),
    }
}

/// An `any` holding a copy of `text` as a string.
fn string_eface(text: &[u8]) -> Eface {
    let bytes = crate::alloc::alloc(text.len(), 1);
    let s = crate::alloc::alloc(16, 8) as *mut GoString;
    // SAFETY: both are fresh allocations of the right sizes.
    unsafe {
        std::ptr::copy_nonoverlapping(text.as_ptr(), bytes, text.len());
        s.write(GoString {
            ptr: bytes,
            len: text.len() as i64,
        })
    };
    Eface {
        typ: &crate::types::STRING_DESC as *const _ as *const u8,
        data: s as *const u8,
    }
}

/// Panics with an error value of `kind`.
pub fn error_panic(kind: ErrorKind, msg: &[u8]) -> ! {
    let e = go_error(kind, msg);
    // SAFETY: `e` is an interface value built by Go code.
    unsafe { crate::defer::rgo_gopanic(e.typ, e.data) }
}

/// Panics with `runtime error: MSG`.
pub fn runtime_error(msg: &[u8]) -> ! {
    error_panic(ErrorKind::Runtime, msg)
}

/// Panics with a runtime.Error whose text is exactly `msg`.
pub fn plain_error(msg: &[u8]) -> ! {
    error_panic(ErrorKind::Plain, msg)
}

/// Prints the active panics as gc does and exits with status 2.
pub fn print_panics_and_exit() -> ! {
    crate::print::rgo_print_lock();
    for (i, (typ, data, recovered)) in crate::defer::panics().into_iter().enumerate() {
        if i > 0 {
            write_stderr(b"\t");
        }
        write_stderr(b"panic: ");
        // SAFETY: panics hold interface values built by generated code.
        unsafe { crate::iface::print_panic_value(typ.cast(), data) };
        if recovered {
            write_stderr(b" [recovered]");
        }
        write_stderr(b"\n");
    }
    end_panic()
}

/// Finishes a fatal error: the goroutine trace stand-in and exit status 2.
pub fn end_panic() -> ! {
    write_stderr(b"\ngoroutine 1 [running]:\nmain.main()\n");
    exit(2)
}

/// Prints `fatal error: MSG` and the trace stand-in and exits with status
/// 2, as gc's `throw` does.
pub fn fatal(msg: &[u8]) -> ! {
    crate::print::rgo_print_lock();
    write_stderr(b"fatal error: ");
    write_stderr(msg);
    write_stderr(b"\n");
    end_panic()
}

fn bounds(kind: BoundsKind, x: i64, x_signed: bool, y: i64) -> ! {
    let mut m = Vec::new();
    let num = |m: &mut Vec<u8>, v: i64, signed: bool| {
        let mut buf = [0u8; 20];
        if signed && v < 0 {
            m.push(b'-');
            m.extend_from_slice(crate::print::format_uint(v.unsigned_abs(), &mut buf));
        } else {
            m.extend_from_slice(crate::print::format_uint(v as u64, &mut buf));
        }
    };
    if kind == BoundsKind::Convert {
        m.extend_from_slice(b"cannot convert slice with length ");
        num(&mut m, y, true);
        m.extend_from_slice(b" to array or pointer to array with length ");
        num(&mut m, x, x_signed);
    } else if x_signed && x < 0 {
        let (before, after) = kind.negative_pieces();
        m.extend_from_slice(before.as_bytes());
        num(&mut m, x, true);
        m.extend_from_slice(after.as_bytes());
    } else {
        let (before, between, after) = kind.pieces();
        m.extend_from_slice(before.as_bytes());
        num(&mut m, x, x_signed);
        m.extend_from_slice(between.as_bytes());
        num(&mut m, y, true);
        m.extend_from_slice(after.as_bytes());
    }
    error_panic(ErrorKind::Bounds, &m)
}

/// `rgo_panic_index(i, len)`: `index out of range [i] with length len`.
#[unsafe(no_mangle)]
pub extern "C" fn rgo_panic_index(i: i64, len: i64) -> ! {
    bounds(BoundsKind::Index, i, true, len)
}

/// `rgo_panic_index_unsigned(i, len)`: as `rgo_panic_index` for an index
/// of unsigned type.
#[unsafe(no_mangle)]
pub extern "C" fn rgo_panic_index_unsigned(i: i64, len: i64) -> ! {
    bounds(BoundsKind::Index, i, false, len)
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

/// `(*[n]T)(s)` with `len(s) < n`.
#[unsafe(no_mangle)]
pub extern "C" fn rgo_panic_slice_convert(len: i64, n: i64) -> ! {
    bounds(BoundsKind::Convert, n, true, len)
}

/// `rgo_panic_divide()`: `integer divide by zero`.
#[unsafe(no_mangle)]
pub extern "C" fn rgo_panic_divide() -> ! {
    runtime_error(b"integer divide by zero")
}

/// `rgo_panic_rangestate(state)`: a range-over-func iterator misused its
/// yield function; `state` is the loop's state (compiler/src/ir/lower/
/// rangefunc.rs): 0 the body returned false, 2 the body panicked, 3 the
/// loop is over, 4 the iterator recovered the body's panic.
#[unsafe(no_mangle)]
pub extern "C" fn rgo_panic_rangestate(state: i64) -> ! {
    let msg: &[u8] = match state {
        0 => b"range function continued iteration after function for loop body returned false",
        2 => b"range function continued iteration after loop body panic",
        3 => b"range function continued iteration after whole loop exit",
        4 => b"range function recovered a loop body panic and did not resume panicking",
        _ => fatal(b"unexpected state passed to panicrangestate"),
    };
    runtime_error(msg)
}

/// Prints gc's `[signal NAME code=.. addr=.. pc=..]` line, which follows
/// the first line of a fatal error caused by a signal.
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

/// A nil dereference caught by a fault at `addr` (si_code `code`, program
/// counter `pc`): printed as gc does. Faults cannot be recovered yet;
/// generated code checks pointers explicitly, so this is rare.
pub fn nil_deref(code: u64, addr: u64, pc: u64) -> ! {
    crate::print::rgo_print_lock();
    write_stderr(b"panic: runtime error: invalid memory address or nil pointer dereference");
    signal_line(b"SIGSEGV: segmentation violation", code, addr, pc);
    write_stderr(b"\n");
    end_panic()
}

/// The nil-dereference run-time error, recoverable.
pub fn nil_deref_panic() -> ! {
    runtime_error(b"invalid memory address or nil pointer dereference")
}

/// Prints gc's report of a fault at an address that is not near nil
/// (`unexpected fault address`, `fatal error: fault`) and exits.
pub fn fault(name: &[u8], code: u64, addr: u64, pc: u64) -> ! {
    crate::print::rgo_print_lock();
    write_stderr(b"unexpected fault address ");
    crate::print::print_hex(addr);
    write_stderr(b"\nfatal error: fault");
    signal_line(name, code, addr, pc);
    write_stderr(b"\n");
    end_panic()
}

/// A goroutine ran out of stack, reported in gc's words.
pub fn stack_overflow() -> ! {
    write_stderr(b"runtime: goroutine stack exceeds 1000000000-byte limit\n");
    fatal(b"stack overflow")
}

/// `rgo_panic_nil()`: an explicit nil check failed.
#[unsafe(no_mangle)]
pub extern "C" fn rgo_panic_nil() -> ! {
    nil_deref_panic()
}

/// `rgo_panic_wrap(msg)`: the `*T` wrapper of a value method was called
/// with a nil pointer (gc's `panicwrap`); `msg` is the whole text.
///
/// # Safety
/// `ptr` must point to `len` readable bytes.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rgo_panic_wrap(ptr: *const u8, len: i64) -> ! {
    // SAFETY: guaranteed by the caller.
    let msg = unsafe { std::slice::from_raw_parts(ptr, len as usize) };
    plain_error(msg)
}

/// A shift by a negative (signed) count.
#[unsafe(no_mangle)]
pub extern "C" fn rgo_panic_shift() -> ! {
    runtime_error(b"negative shift amount")
}

/// `unsafe.Slice` with a negative length.
#[unsafe(no_mangle)]
pub extern "C" fn rgo_panic_unsafe_slice_len() -> ! {
    runtime_error(b"unsafe.Slice: len out of range")
}

/// `unsafe.String` with a negative length.
#[unsafe(no_mangle)]
pub extern "C" fn rgo_panic_unsafe_string_len() -> ! {
    runtime_error(b"unsafe.String: len out of range")
}
