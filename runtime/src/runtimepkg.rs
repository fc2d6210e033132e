//! This module implements the Rust half of Go's package runtime API
//! (stdlib/runtime/*.go declares these without bodies): the CPU count,
//! the default GOMAXPROCS, allocation statistics for ReadMemStats,
//! `throw` for the API's fatal errors and Breakpoint.

/// `func numCPU() int`: the CPUs in the process's affinity mask, as Go's
/// NumCPU counts them (at least 1).
#[unsafe(export_name = "runtime.numCPU")]
pub extern "C" fn num_cpu() -> i64 {
    let mut mask = [0u64; 128];
    // SAFETY: the buffer is writable and its size is passed; pid 0 is the
    // calling thread.
    let n = unsafe {
        crate::libc::syscall(
            SYS_SCHED_GETAFFINITY,
            0u64,
            std::mem::size_of_val(&mask) as u64,
            mask.as_mut_ptr() as u64,
        )
    };
    if n <= 0 {
        return 1;
    }
    let words = (n as usize).div_ceil(8).min(mask.len());
    let count: u32 = mask[..words].iter().map(|w| w.count_ones()).sum();
    i64::from(count.max(1))
}

#[cfg(target_arch = "x86_64")]
const SYS_SCHED_GETAFFINITY: i64 = 204;
#[cfg(target_arch = "aarch64")]
const SYS_SCHED_GETAFFINITY: i64 = 123;

/// `func defaultGOMAXPROCS() int`: `$GOMAXPROCS` when it is a positive
/// number, else NumCPU.
#[unsafe(export_name = "runtime.defaultGOMAXPROCS")]
pub extern "C" fn default_gomaxprocs() -> i64 {
    std::env::var("GOMAXPROCS")
        .ok()
        .and_then(|v| v.parse::<i64>().ok())
        .filter(|&n| n > 0)
        .unwrap_or_else(|| num_cpu())
}

/// Two words returned in registers.
#[repr(C)]
pub struct Pair {
    a: u64,
    b: u64,
}

/// `func allocStats() (mallocs, bytes uint64)`: objects and bytes
/// allocated so far.
#[unsafe(export_name = "runtime.allocStats")]
pub extern "C" fn alloc_stats() -> Pair {
    let (mallocs, bytes, _) = crate::alloc::stats();
    Pair {
        a: mallocs,
        b: bytes,
    }
}

/// `func sysBytes() uint64`: bytes of heap obtained from the kernel.
#[unsafe(export_name = "runtime.sysBytes")]
pub extern "C" fn sys_bytes() -> u64 {
    crate::alloc::stats().2
}

/// `func throw(s string)`: `fatal error: s`, exit status 2.
///
/// # Safety
/// `(ptr, len)` must describe a valid string.
#[unsafe(export_name = "runtime.throw")]
pub unsafe extern "C" fn throw(ptr: *const u8, len: i64) -> ! {
    // SAFETY: forwarded.
    crate::panic::fatal(unsafe { message(ptr, len) })
}

/// The message of `(ptr, len)`.
///
/// # Safety
/// `(ptr, len)` must describe a valid string.
unsafe fn message<'a>(ptr: *const u8, len: i64) -> &'a [u8] {
    if len <= 0 {
        &[]
    } else {
        // SAFETY: guaranteed by the caller.
        unsafe { std::slice::from_raw_parts(ptr, len as usize) }
    }
}

/// `func throw(s string)` and `func fatal(s string)` in package sync:
/// `fatal error: s`, exit status 2.
///
/// # Safety
/// `(ptr, len)` must describe a valid string.
#[unsafe(export_name = "sync.fatal")]
pub unsafe extern "C" fn sync_fatal(ptr: *const u8, len: i64) -> ! {
    // SAFETY: forwarded.
    crate::panic::fatal(unsafe { message(ptr, len) })
}

/// See `sync_fatal`.
///
/// # Safety
/// As `sync_fatal`.
#[unsafe(export_name = "sync.throw")]
pub unsafe extern "C" fn sync_throw(ptr: *const u8, len: i64) -> ! {
    // SAFETY: forwarded.
    unsafe { sync_fatal(ptr, len) }
}

/// `func deadlock(reason string)` in package sync: the only goroutine
/// blocks forever, so the program ends as gc's scheduler ends it:
/// `fatal error: all goroutines are asleep - deadlock!` and the blocked
/// goroutine's header with its wait reason, exit status 2.
///
/// # Safety
/// `(ptr, len)` must describe a valid string.
#[unsafe(export_name = "sync.deadlock")]
pub unsafe extern "C" fn sync_deadlock(ptr: *const u8, len: i64) -> ! {
    crate::print::rgo_print_lock();
    crate::sys::write_stderr(
        b"fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [",
    );
    // SAFETY: forwarded.
    crate::sys::write_stderr(unsafe { message(ptr, len) });
    crate::sys::write_stderr(b"]:\n");
    crate::sys::write_stderr(b"main.main()\n");
    crate::sys::exit(2)
}

/// `func Breakpoint()`: executes a breakpoint trap instruction, as gc's
/// does (the process gets SIGTRAP unless a debugger catches it).
#[unsafe(export_name = "runtime.Breakpoint")]
pub extern "C" fn breakpoint() {
    // SAFETY: a trap instruction; the kernel delivers SIGTRAP.
    unsafe {
        #[cfg(target_arch = "x86_64")]
        std::arch::asm!("int3");
        #[cfg(target_arch = "aarch64")]
        std::arch::asm!("brk #0");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn there_is_at_least_one_cpu() {
        assert!(num_cpu() >= 1);
        assert!(default_gomaxprocs() >= 1);
    }

    #[test]
    fn allocations_are_counted() {
        let before = alloc_stats();
        crate::alloc::alloc(24, 8);
        let after = alloc_stats();
        assert_eq!(after.a, before.a + 1);
        assert_eq!(after.b, before.b + 24);
    }
}
