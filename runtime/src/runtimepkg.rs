//! This module implements the Rust half of Go's package runtime API
//! (stdlib/runtime/*.go declares these without bodies): the CPU count,
//! the default GOMAXPROCS, allocation statistics for ReadMemStats and
//! `throw` for the API's fatal errors.

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
    let msg: &[u8] = if len <= 0 {
        &[]
    } else {
        // SAFETY: guaranteed by the caller.
        unsafe { std::slice::from_raw_parts(ptr, len as usize) }
    };
    crate::panic::fatal(msg)
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
