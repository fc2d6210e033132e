//! This module implements the runtime's handling of synchronous signals:
//! a memory fault near address zero becomes Go's nil-dereference panic, so
//! generated code may rely on the hardware for nil checks of small
//! offsets; any other fault is gc's `unexpected fault address` fatal error;
//! an integer division trap becomes the divide-by-zero panic.
//!
//! The handler runs on an alternate signal stack so that a fault caused
//! by running out of stack can still be reported. Each thread needs its
//! own alternate stack; `install` sets one up for the calling (main)
//! thread, and threads the scheduler starts later must call
//! `install_altstack` themselves.
//!
//! Until `recover` exists the handler reports and exits; it never returns
//! into the faulting code.

use std::ptr;

use crate::libc;
use crate::panic::{fatal, fault, nil_deref, runtime_error, stack_overflow};

/// Faults below this address are nil dereferences, as in gc.
const NIL_PAGE: u64 = 0x1000;

const ALTSTACK_SIZE: usize = 64 * 1024;

/// Linux si_codes for SIGFPE (not in the libc module).
const FPE_INTDIV: i32 = 1;
const FPE_INTOVF: i32 = 2;

/// Installs the handlers and the main thread's alternate stack.
pub fn install() {
    install_altstack();
    for sig in [libc::SIGSEGV, libc::SIGBUS, libc::SIGFPE] {
        // SAFETY: the sigaction struct is fully initialised before use and
        // `handler` has the signature SA_SIGINFO requires.
        unsafe {
            let mut action: libc::sigaction = std::mem::zeroed();
            action.sa_sigaction = handler as *const () as usize;
            action.sa_flags = libc::SA_SIGINFO | libc::SA_ONSTACK;
            libc::sigemptyset(&mut action.sa_mask);
            libc::sigaction(sig, &action, ptr::null_mut());
        }
    }
}

/// Gives the calling thread an alternate signal stack.
pub fn install_altstack() {
    // SAFETY: a fresh anonymous mapping is handed to the kernel as the
    // signal stack; it is never freed because the thread may fault at any
    // time until it exits.
    unsafe {
        let stack = libc::mmap(
            ptr::null_mut(),
            ALTSTACK_SIZE,
            libc::PROT_READ | libc::PROT_WRITE,
            libc::MAP_PRIVATE | libc::MAP_ANONYMOUS,
            -1,
            0,
        );
        if stack == libc::MAP_FAILED {
            fatal(b"runtime: cannot allocate signal stack");
        }
        let ss = libc::stack_t {
            ss_sp: stack,
            ss_flags: 0,
            ss_size: ALTSTACK_SIZE,
        };
        libc::sigaltstack(&ss, ptr::null_mut());
    }
}

/// The program counter at which the signal was raised.
///
/// # Safety
/// `ctx` must be the `ucontext_t` the kernel passed to an SA_SIGINFO handler.
unsafe fn fault_pc(ctx: *mut libc::c_void) -> u64 {
    let uc = ctx as *const libc::ucontext_t;
    #[cfg(target_arch = "x86_64")]
    // SAFETY: guaranteed by the caller.
    unsafe {
        (*uc).uc_mcontext.gregs[libc::REG_RIP as usize] as u64
    }
    #[cfg(target_arch = "aarch64")]
    // SAFETY: guaranteed by the caller.
    unsafe {
        (*uc).uc_mcontext.pc
    }
}

/// The stack pointer when the signal was raised.
///
/// # Safety
/// `ctx` must be the `ucontext_t` the kernel passed to an SA_SIGINFO handler.
unsafe fn fault_sp(ctx: *mut libc::c_void) -> u64 {
    let uc = ctx as *const libc::ucontext_t;
    #[cfg(target_arch = "x86_64")]
    // SAFETY: guaranteed by the caller.
    unsafe {
        (*uc).uc_mcontext.gregs[libc::REG_RSP as usize] as u64
    }
    #[cfg(target_arch = "aarch64")]
    // SAFETY: guaranteed by the caller.
    unsafe {
        (*uc).uc_mcontext.sp
    }
}

/// A fault this close below the stack pointer is the stack's guard page:
/// the stack overflowed (frames are probed page by page).
fn is_stack_overflow(addr: u64, sp: u64) -> bool {
    addr < sp.saturating_add(4096) && sp.saturating_sub(addr) < (1 << 20)
}

extern "C" fn handler(sig: libc::c_int, info: *mut libc::siginfo_t, ctx: *mut libc::c_void) {
    // SAFETY: the kernel passes valid siginfo and ucontext pointers to an
    // SA_SIGINFO handler.
    let (code, addr, pc) = unsafe {
        (
            (*info).si_code as u64,
            (*info).si_addr() as u64,
            fault_pc(ctx),
        )
    };
    match sig {
        libc::SIGSEGV if addr < NIL_PAGE => nil_deref(code, addr, pc),
        // SAFETY: as above.
        libc::SIGSEGV if is_stack_overflow(addr, unsafe { fault_sp(ctx) }) => stack_overflow(),
        libc::SIGSEGV => fault(b"SIGSEGV: segmentation violation", code, addr, pc),
        libc::SIGBUS => fault(b"SIGBUS: bus error", code, addr, pc),
        _ => match code as i32 {
            FPE_INTDIV => runtime_error(b"integer divide by zero"),
            FPE_INTOVF => runtime_error(b"integer overflow"),
            _ => runtime_error(b"floating point error"),
        },
    }
}
