//! This module implements the runtime side of standard packages written
//! in Go: functions they declare without a body, exported under the Go
//! symbol name (`pkg.name`) with the Go calling convention (every
//! parameter as its scalar parts).

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
