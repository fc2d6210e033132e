//! This module implements the system interface of the standard packages
//! written in Go (stdlib/syscall, os, strconv): a raw system call, the
//! process's arguments and environment, and decimal float parsing. Each
//! is a body-less Go function exported under its Go symbol with the C
//! convention, its parameters as scalar parts and at most two result
//! words (returned in registers on both targets).

use crate::string::GoString;

/// The two result words of a raw system call.
#[repr(C)]
pub struct SyscallResult {
    r1: u64,
    errno: u64,
}

/// `func rawSyscall6(trap, a1, a2, a3, a4, a5, a6 uintptr) (r1, errno uintptr)`
/// in package syscall: the system call `trap` with six arguments; errno
/// is 0 on success, else the kernel's error number (and r1 is then
/// `^uintptr(0)`, as Go's `RawSyscall6` returns it).
///
/// # Safety
/// The call does whatever the kernel does with the arguments: pointers
/// among them must be valid for the call.
#[unsafe(export_name = "syscall.rawSyscall6")]
pub unsafe extern "C" fn raw_syscall6(
    trap: u64,
    a1: u64,
    a2: u64,
    a3: u64,
    a4: u64,
    a5: u64,
    a6: u64,
) -> SyscallResult {
    // SAFETY: forwarded to the caller.
    let r = unsafe { crate::libc::syscall(trap as i64, a1, a2, a3, a4, a5, a6) };
    if r == -1 {
        let errno = std::io::Error::last_os_error().raw_os_error().unwrap_or(0);
        SyscallResult {
            r1: u64::MAX,
            errno: errno as u64,
        }
    } else {
        SyscallResult {
            r1: r as u64,
            errno: 0,
        }
    }
}

/// `func runtimeArgc() int` in package os: `len(os.Args)`.
#[unsafe(export_name = "os.runtimeArgc")]
pub extern "C" fn os_argc() -> i64 {
    crate::entry::rgo_argc()
}

/// `func runtimeArg(i int) string` in package os: `os.Args[i]`.
#[unsafe(export_name = "os.runtimeArg")]
pub extern "C" fn os_arg(i: i64) -> GoString {
    crate::entry::rgo_argv(i)
}

/// The environment the process started with, as C strings.
fn environ() -> Vec<*const u8> {
    let mut out = Vec::new();
    // SAFETY: musl's `environ` is a NULL-terminated array of C strings;
    // nothing in rgo's runtime changes it (Go's Setenv keeps its own copy).
    unsafe {
        let mut p = crate::libc::environ;
        while !p.is_null() && !(*p).is_null() {
            out.push(*p);
            p = p.add(1);
        }
    }
    out
}

/// `func runtimeEnvc() int` in package syscall: the number of entries of
/// the initial environment.
#[unsafe(export_name = "syscall.runtimeEnvc")]
pub extern "C" fn syscall_envc() -> i64 {
    environ().len() as i64
}

/// `func runtimeEnv(i int) string` in package syscall: entry `i`
/// (`KEY=value`) of the initial environment, "" if out of range.
#[unsafe(export_name = "syscall.runtimeEnv")]
pub extern "C" fn syscall_env(i: i64) -> GoString {
    let env = environ();
    let Some(&p) = usize::try_from(i).ok().and_then(|i| env.get(i)) else {
        return GoString {
            ptr: std::ptr::null(),
            len: 0,
        };
    };
    // SAFETY: `p` is a NUL-terminated string that lives as long as the
    // process.
    let len = unsafe { std::ffi::CStr::from_ptr(p.cast()) }
        .to_bytes()
        .len();
    GoString {
        ptr: p,
        len: len as i64,
    }
}

/// `func formatFloat(f float64, fmt byte, prec, bitSize int) string` in
/// package strconv: FormatFloat for every format (`b e E f g G x X`).
#[unsafe(export_name = "strconv.formatFloat")]
pub extern "C" fn strconv_format_float(f: f64, verb: u8, prec: i64, bit_size: i64) -> GoString {
    let s = crate::fmtfloat::format_float(f, verb, prec, bit_size == 32);
    crate::string::go_string(s.as_bytes())
}

/// `func parseDecimal(s string, bitSize int) float64` in package strconv:
/// the float nearest to the decimal `s` (digits with an optional `.`
/// and an optional exponent `e±N`, no sign, no underscores; strconv
/// checks the syntax first), correctly rounded to `bitSize` bits, ties
/// to even. Out of range values are ±Inf or 0, as IEEE rounding gives
/// them; strconv reports ErrRange from that.
///
/// # Safety
/// `(ptr, len)` must describe a valid string.
#[unsafe(export_name = "strconv.parseDecimal")]
pub unsafe extern "C" fn strconv_parse_decimal(ptr: *const u8, len: i64, bit_size: i64) -> f64 {
    let bytes: &[u8] = if len <= 0 {
        &[]
    } else {
        // SAFETY: guaranteed by the caller.
        unsafe { std::slice::from_raw_parts(ptr, len as usize) }
    };
    let Ok(text) = std::str::from_utf8(bytes) else {
        return f64::NAN;
    };
    if bit_size == 32 {
        text.parse::<f32>().map_or(f64::NAN, f64::from)
    } else {
        text.parse::<f64>().unwrap_or(f64::NAN)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimal_parsing_rounds_correctly() {
        let p = |s: &str, bits| unsafe { strconv_parse_decimal(s.as_ptr(), s.len() as i64, bits) };
        assert_eq!(p("0.1", 64), 0.1);
        assert_eq!(p("1e400", 64), f64::INFINITY);
        assert_eq!(p("1e-400", 64), 0.0);
        assert_eq!(p("16777217", 32), 16777216.0);
        assert!(p("x", 64).is_nan());
    }

    #[test]
    fn a_failed_system_call_reports_its_errno() {
        // close(-1) fails with EBADF (9).
        let r = unsafe {
            raw_syscall6(
                if cfg!(target_arch = "x86_64") { 3 } else { 57 },
                u64::MAX,
                0,
                0,
                0,
                0,
                0,
            )
        };
        assert_eq!((r.r1, r.errno), (u64::MAX, 9));
    }

    #[test]
    fn the_environment_is_visible() {
        assert!(syscall_envc() > 0);
    }
}
