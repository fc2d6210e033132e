//! This module implements the runtime side of standard packages written
//! in Go: functions they declare without a body, exported under the Go
//! symbol name (`pkg.name`) with the Go calling convention (every
//! parameter as its scalar parts).

use crate::string::GoString;
use crate::sys::write_all;

/// `func writeStdout(b []byte) int` in package fmt: one write of the
/// whole buffer to standard output.
///
/// # Safety
/// `(ptr, len)` must describe a valid byte slice.
#[unsafe(export_name = "fmt.writeStdout")]
pub unsafe extern "C" fn fmt_write_stdout(ptr: *const u8, len: i64, _cap: i64) -> i64 {
    if len <= 0 {
        return 0;
    }
    // SAFETY: guaranteed by the caller.
    let buf = unsafe { std::slice::from_raw_parts(ptr, len as usize) };
    write_all(1, buf).max(0)
}

/// `func formatFloat(f float64, verb byte, prec int, bitSize int) string`
/// in package fmt: strconv.FormatFloat for the verbs `e E f g G` (prec -1
/// is the shortest representation that reads back as the same float of
/// `bitSize` bits), with Go's spellings (`1e+06`, `+Inf`, `NaN`).
#[unsafe(export_name = "fmt.formatFloat")]
pub extern "C" fn fmt_format_float(f: f64, verb: u8, prec: i64, bit_size: i64) -> GoString {
    let s = crate::fmtfloat::format_float(f, verb, prec, bit_size == 32);
    crate::string::go_string(s.as_bytes())
}

/// `func mapiterinit(t *rtype, m unsafe.Pointer, it *[12]uintptr)` in
/// package fmt: the runtime's map iterator, for printing maps.
///
/// # Safety
/// As `rgo_mapiterinit`.
#[unsafe(export_name = "fmt.mapiterinit")]
pub unsafe extern "C" fn fmt_mapiterinit(
    t: *const crate::types::TypeDesc,
    m: *mut u8,
    it: *mut u8,
) {
    // SAFETY: forwarded.
    unsafe { crate::map::iter::rgo_mapiterinit(t, m.cast(), it.cast()) }
}

/// `func mapiternext(it *[12]uintptr)` in package fmt.
///
/// # Safety
/// As `rgo_mapiternext`.
#[unsafe(export_name = "fmt.mapiternext")]
pub unsafe extern "C" fn fmt_mapiternext(it: *mut u8) {
    // SAFETY: forwarded.
    unsafe { crate::map::iter::rgo_mapiternext(it.cast()) }
}
