//! This module implements the runtime's thin layer over the operating
//! system: writing whole buffers to a file descriptor and exiting the
//! process. Everything else in the runtime that talks to the kernel goes
//! through here or through `libc` (the runtime's own C declarations) directly where the call is one line.
//!
//! Output is written with `write(2)` in a loop: a signal can interrupt a
//! write (EINTR) and a pipe can accept only part of a buffer, and Go's
//! runtime hides both from the program.

use crate::libc;

/// Writes all of `buf` to `fd`. Returns the number of bytes written, which
/// is less than `buf.len()` only if the kernel reported an error; in that
/// case the negated errno is returned if nothing was written.
pub fn write_all(fd: i32, buf: &[u8]) -> i64 {
    let mut done = 0usize;
    while done < buf.len() {
        let rest = &buf[done..];
        // SAFETY: `rest` is a valid readable buffer of the given length.
        let n = unsafe { libc::write(fd, rest.as_ptr().cast(), rest.len()) };
        if n < 0 {
            let errno = std::io::Error::last_os_error().raw_os_error().unwrap_or(0);
            if errno == libc::EINTR || errno == libc::EAGAIN {
                continue;
            }
            return if done == 0 {
                -(errno as i64)
            } else {
                done as i64
            };
        }
        if n == 0 {
            break;
        }
        done += n as usize;
    }
    done as i64
}

/// Writes to standard error, ignoring failures: there is nowhere left to
/// report them.
pub fn write_stderr(buf: &[u8]) {
    write_all(2, buf);
}

/// Ends the process at once with `code`, without running `atexit`
/// handlers or flushing stdio buffers, as Go's runtime does: other
/// goroutines (threads) may still be running and must not observe a
/// half-torn-down process.
pub fn exit(code: i32) -> ! {
    // SAFETY: `_exit` has no preconditions.
    unsafe { libc::_exit(code) }
}

/// `rgo_write(fd, ptr, len)`: writes the whole buffer, retrying on EINTR
/// and after partial writes. Returns the byte count or a negated errno.
///
/// # Safety
/// `ptr` must point to `len` readable bytes (or `len` must be 0).
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rgo_write(fd: i64, ptr: *const u8, len: i64) -> i64 {
    if len <= 0 {
        return 0;
    }
    // SAFETY: guaranteed by the caller.
    let buf = unsafe { std::slice::from_raw_parts(ptr, len as usize) };
    write_all(fd as i32, buf)
}

/// `rgo_exit(code)`: ends the process with the given status.
#[unsafe(no_mangle)]
pub extern "C" fn rgo_exit(code: i64) -> ! {
    exit(code as i32)
}
