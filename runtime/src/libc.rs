//! This module implements the runtime's own declarations of the few C
//! library functions, types and constants it calls, for Linux on x86_64
//! and aarch64 (musl in the programs rgo builds, glibc in the runtime's
//! host unit tests: the layouts below are the kernel's and agree for
//! both).
//!
//! The runtime depends on no crate, so compiler/build.rs builds it with
//! one `rustc` call per target, without a nested cargo or a registry.
//! Only what the runtime reads is spelled out: `siginfo_t` and
//! `ucontext_t` are prefixes of the kernel's structures, used only
//! through pointers the kernel hands to a signal handler. The layout
//! tests at the end check sizes and offsets against the kernel headers'
//! values.

#![allow(non_camel_case_types)]

pub use std::ffi::c_void;

pub type c_int = i32;

pub const EINTR: c_int = 4;
pub const EAGAIN: c_int = 11;

pub const SIGBUS: c_int = 7;
pub const SIGFPE: c_int = 8;
pub const SIGSEGV: c_int = 11;
pub const SA_SIGINFO: c_int = 4;
pub const SA_ONSTACK: c_int = 0x0800_0000;

pub const PROT_READ: c_int = 1;
pub const PROT_WRITE: c_int = 2;
pub const MAP_PRIVATE: c_int = 2;
pub const MAP_ANONYMOUS: c_int = 0x20;
pub const MAP_FAILED: *mut c_void = !0usize as *mut c_void;

pub const CLOCK_REALTIME: c_int = 0;

/// Indexes into `mcontext_t::gregs` on x86_64.
#[cfg(target_arch = "x86_64")]
pub const REG_RSP: c_int = 15;
#[cfg(target_arch = "x86_64")]
pub const REG_RIP: c_int = 16;

#[repr(C)]
pub struct timespec {
    pub tv_sec: i64,
    pub tv_nsec: i64,
}

#[repr(C)]
pub struct stack_t {
    pub ss_sp: *mut c_void,
    pub ss_flags: c_int,
    pub ss_size: usize,
}

/// The C library's signal set: 1024 bits in both musl and glibc.
#[repr(C)]
pub struct sigset_t {
    bits: [u64; 16],
}

#[repr(C)]
pub struct sigaction {
    pub sa_sigaction: usize,
    pub sa_mask: sigset_t,
    pub sa_flags: c_int,
    pub sa_restorer: usize,
}

/// The fixed head of `siginfo_t` and, for the fault signals, the faulting
/// address that starts its union.
#[repr(C)]
pub struct siginfo_t {
    pub si_signo: c_int,
    pub si_errno: c_int,
    pub si_code: c_int,
    _pad: c_int,
    si_addr: *mut c_void,
}

impl siginfo_t {
    /// The faulting address of SIGSEGV, SIGBUS or SIGFPE.
    ///
    /// # Safety
    /// `self` must be a siginfo the kernel filled for one of those signals.
    pub unsafe fn si_addr(&self) -> *mut c_void {
        self.si_addr
    }
}

/// x86_64: the general registers start the machine context.
#[cfg(target_arch = "x86_64")]
#[repr(C)]
pub struct mcontext_t {
    pub gregs: [i64; 23],
}

/// aarch64: the kernel's `struct sigcontext`, 16-byte aligned.
#[cfg(target_arch = "aarch64")]
#[repr(C, align(16))]
pub struct mcontext_t {
    pub fault_address: u64,
    pub regs: [u64; 31],
    pub sp: u64,
    pub pc: u64,
    pub pstate: u64,
}

#[cfg(target_arch = "x86_64")]
#[repr(C)]
pub struct ucontext_t {
    pub uc_flags: u64,
    pub uc_link: *mut ucontext_t,
    pub uc_stack: stack_t,
    pub uc_mcontext: mcontext_t,
}

#[cfg(target_arch = "aarch64")]
#[repr(C)]
pub struct ucontext_t {
    pub uc_flags: u64,
    pub uc_link: *mut ucontext_t,
    pub uc_stack: stack_t,
    pub uc_sigmask: sigset_t,
    pub uc_mcontext: mcontext_t,
}

unsafe extern "C" {
    pub fn write(fd: c_int, buf: *const c_void, count: usize) -> isize;
    pub fn _exit(status: c_int) -> !;
    pub fn mmap(
        addr: *mut c_void,
        len: usize,
        prot: c_int,
        flags: c_int,
        fd: c_int,
        offset: i64,
    ) -> *mut c_void;
    pub fn sigemptyset(set: *mut sigset_t) -> c_int;
    pub fn sigaction(sig: c_int, act: *const sigaction, old: *mut sigaction) -> c_int;
    pub fn sigaltstack(ss: *const stack_t, old: *mut stack_t) -> c_int;
    pub fn getrandom(buf: *mut c_void, len: usize, flags: u32) -> isize;
    pub fn clock_gettime(clock: c_int, tp: *mut timespec) -> c_int;
    /// musl's `syscall(2)`: -1 and `errno` on failure.
    pub fn syscall(number: i64, ...) -> i64;
    /// The process's environment (`KEY=value` C strings, NULL-terminated).
    pub static environ: *const *const u8;
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::mem::{offset_of, size_of};

    /// Offsets from the kernel's uapi headers (asm/sigcontext.h,
    /// asm/ucontext.h, asm-generic/siginfo.h) and the C libraries'
    /// signal.h.
    #[test]
    fn layouts_match_the_kernel() {
        assert_eq!(size_of::<timespec>(), 16);
        assert_eq!(size_of::<stack_t>(), 24);
        assert_eq!(offset_of!(stack_t, ss_size), 16);
        assert_eq!(size_of::<sigaction>(), 152);
        assert_eq!(offset_of!(sigaction, sa_flags), 136);
        assert_eq!(offset_of!(siginfo_t, si_code), 8);
        assert_eq!(offset_of!(siginfo_t, si_addr), 16);
        #[cfg(target_arch = "x86_64")]
        assert_eq!(offset_of!(ucontext_t, uc_mcontext), 40);
        #[cfg(target_arch = "aarch64")]
        {
            assert_eq!(offset_of!(ucontext_t, uc_mcontext), 176);
            assert_eq!(offset_of!(mcontext_t, sp), 256);
            assert_eq!(offset_of!(mcontext_t, pc), 264);
        }
    }

    /// The declarations link and behave: a clock read and a write to an
    /// invalid descriptor that fails with EBADF.
    #[test]
    fn calls_reach_the_c_library() {
        let mut ts = timespec {
            tv_sec: 0,
            tv_nsec: 0,
        };
        // SAFETY: `ts` is a valid timespec to fill.
        assert_eq!(unsafe { clock_gettime(CLOCK_REALTIME, &mut ts) }, 0);
        assert!(ts.tv_sec > 1_600_000_000);
        // SAFETY: a one-byte readable buffer.
        let n = unsafe { write(-1, b"x".as_ptr().cast(), 1) };
        assert_eq!(n, -1);
    }
}
