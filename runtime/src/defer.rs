//! This module implements defer, panic and recover (the compiler side is
//! compiler/src/ir/lower/defer.rs; docs/DEFER.md tells the whole story).
//!
//! Each goroutine (for now: each thread) has a stack of deferred calls,
//! each a Go func value tagged with the defer frame of the function that
//! deferred it, and a chain of active panics.
//!
//! - A normal return runs the frame's deferred calls, newest first
//!   (`rgo_defer_return`).
//! - `rgo_gopanic` pushes a panic and runs deferred calls newest first.
//!   Before each call it records, in the panic, the stack pointer the
//!   deferred function's caller has (`rgo_calldefer`); `recover` matches
//!   it against its own caller's stack pointer, so only a function called
//!   directly by the deferred call recovers. A generated thunk standing
//!   between (for `defer f(x)`) hands the match on to its callee
//!   (`rgo_defer_wrapper`).
//! - When a deferred call recovers, the panic (and any panic it aborted)
//!   is dropped and control jumps back into the function that deferred the
//!   call (`rgo_longjmp` to its frame), which runs its remaining deferred
//!   calls and returns normally.
//! - With no deferred calls left, the panics are printed as gc prints
//!   them (`panic: A [recovered]`, then `\tpanic: B`) and the process
//!   exits with status 2.
//!
//! The state is only ever touched in short critical sections; no borrow is
//! held while Go code runs, since that code may panic and jump away.

use std::cell::UnsafeCell;

use crate::jump::{rgo_calldefer, rgo_longjmp};

/// A pending deferred call.
struct Deferred {
    closure: *const u8,
    frame: *mut u64,
}

/// An active panic.
pub struct Panic {
    pub typ: *const u8,
    pub data: *const u8,
    /// The stack pointer of the running deferred call's caller.
    argp: usize,
    recovered: bool,
    aborted: bool,
}

struct State {
    defers: Vec<Deferred>,
    /// Boxed: a running panic is used through a raw pointer while nested
    /// panics push more records, so records must not move.
    #[allow(clippy::vec_box)]
    panics: Vec<Box<Panic>>,
}

thread_local! {
    static STATE: UnsafeCell<State> = const {
        UnsafeCell::new(State {
            defers: Vec::new(),
            panics: Vec::new(),
        })
    };
}

/// Runs `f` on this thread's state. `f` must not run Go code.
fn with<R>(f: impl FnOnce(&mut State) -> R) -> R {
    // SAFETY: the state is per thread and `f` runs no Go code, so no other
    // access overlaps this one.
    STATE.with(|s| f(unsafe { &mut *s.get() }))
}

/// `defer`: pushes the func value `closure` for the function whose defer
/// frame is `frame`.
#[unsafe(no_mangle)]
pub extern "C" fn rgo_defer_push(frame: *mut u64, closure: *const u8) {
    with(|s| s.defers.push(Deferred { closure, frame }));
}

/// `defer` in the body of a range-over-func loop: pushes `closure` for the
/// enclosing function's frame `frame`, which is older than the frames of
/// the iterator and of the body. The call goes below the deferred calls
/// of those newer frames (frames of newer calls lie lower on the stack),
/// so that each frame's calls still run when that frame returns or a
/// panic unwinds through it, as gc attaches such calls to the enclosing
/// frame.
#[unsafe(no_mangle)]
pub extern "C" fn rgo_defer_push_outer(frame: *mut u64, closure: *const u8) {
    with(|s| {
        let at = s
            .defers
            .iter()
            .rposition(|d| d.frame as usize >= frame as usize)
            .map_or(0, |i| i + 1);
        s.defers.insert(at, Deferred { closure, frame });
    });
}

/// A return from the function with defer frame `frame`: runs its deferred
/// calls, newest first.
#[unsafe(no_mangle)]
pub extern "C" fn rgo_defer_return(frame: *mut u64) {
    loop {
        let next = with(|s| match s.defers.last() {
            Some(d) if d.frame == frame => s.defers.pop(),
            _ => None,
        });
        let Some(d) = next else { return };
        let mut unused_sp = 0usize;
        call_deferred(d.closure, &mut unused_sp);
    }
}

/// Calls a deferred func value; a nil one panics as gc does.
fn call_deferred(closure: *const u8, sp_out: *mut usize) {
    if closure.is_null() {
        crate::panic::nil_deref_panic();
    }
    // SAFETY: `closure` is a Go func value with no parameters.
    unsafe { rgo_calldefer(closure, sp_out) };
}

/// A thunk for `defer f(args)` passes the recover match on to `f`: when
/// the thunk (whose caller had stack pointer `caller_sp`) is the deferred
/// call being run by a panic, `f`'s caller is the thunk, at `sp`.
#[unsafe(no_mangle)]
pub extern "C" fn rgo_defer_wrapper(caller_sp: usize, sp: usize) {
    with(|s| {
        if let Some(p) = s.panics.last_mut()
            && p.argp == caller_sp
        {
            p.argp = sp;
        }
    });
}

/// `recover()` in a function whose caller had stack pointer `caller_sp`.
#[unsafe(no_mangle)]
pub extern "C" fn rgo_gorecover(caller_sp: usize) -> Eface {
    with(|s| match s.panics.last_mut() {
        Some(p) if !p.recovered && p.argp == caller_sp && caller_sp != 0 => {
            p.recovered = true;
            Eface {
                typ: p.typ,
                data: p.data,
            }
        }
        _ => Eface {
            typ: std::ptr::null(),
            data: std::ptr::null(),
        },
    })
}

/// An empty interface value, returned in two registers.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct Eface {
    pub typ: *const u8,
    pub data: *const u8,
}

/// `panic(v)` for the interface value `(typ, data)`.
///
/// # Safety
/// `(typ, data)` must be an empty-interface value built by generated code.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rgo_gopanic(typ: *const u8, data: *const u8) -> ! {
    let (typ, data) = if typ.is_null() {
        let e = crate::panic::go_error(crate::panic::ErrorKind::PanicNil, b"");
        (e.typ, e.data)
    } else {
        (typ, data)
    };
    let p: *mut Panic = with(|s| {
        if let Some(prev) = s.panics.last_mut() {
            prev.aborted = true;
        }
        s.panics.push(Box::new(Panic {
            typ,
            data,
            argp: 0,
            recovered: false,
            aborted: false,
        }));
        &mut **s.panics.last_mut().unwrap() as *mut Panic
    });
    loop {
        let Some(d) = with(|s| s.defers.pop()) else {
            crate::panic::print_panics_and_exit();
        };
        // SAFETY: the panic stays boxed in the chain until it is dropped
        // below, by this loop.
        call_deferred(d.closure, unsafe { &mut (*p).argp });
        // SAFETY: as above.
        if unsafe { (*p).recovered } {
            with(|s| {
                s.panics.pop();
                // Panics whose deferred call is being unwound by the jump
                // (the resumed frame lies above it on the stack) go too;
                // one whose deferred call itself resumes goes on.
                let frame = d.frame as usize;
                while s.panics.last().is_some_and(|q| q.aborted && frame > q.argp) {
                    s.panics.pop();
                }
                if let Some(q) = s.panics.last_mut() {
                    q.aborted = false;
                }
            });
            // SAFETY: the frame belongs to a function still running (it
            // deferred the call that recovered), saved by its setjmp.
            unsafe { rgo_longjmp(d.frame, d.frame as usize) }
        }
    }
}

/// The active panics, oldest first, for printing.
pub fn panics() -> Vec<(*const u8, *const u8, bool)> {
    with(|s| {
        s.panics
            .iter()
            .map(|p| (p.typ, p.data, p.recovered))
            .collect()
    })
}
