//! This module implements the interface operations that need the
//! runtime: comparing two interface values, printing one with print/
//! println, panicking with an interface value (gc's printpanicval), and
//! failed type assertions.

use crate::panic::runtime_error;
use crate::print::{print_float, print_int, print_uint, rgo_print_lock, rgo_print_pointer};
use crate::sys::write_stderr;
use crate::types::*;

/// `a == b` for interface values (type word, data word).
///
/// # Safety
/// Both must be interface values built by generated code.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rgo_iface_eq(ta: *const TypeDesc, da: *const u8, tb: *const TypeDesc, db: *const u8) -> u8 {
    if ta != tb {
        return 0;
    }
    if ta.is_null() {
        return 1;
    }
    // SAFETY: a non-null type word points to a descriptor.
    let d = unsafe { &*ta };
    if d.is_pointer_shaped() {
        return (da == db) as u8;
    }
    if d.kind == KIND_SLICE || d.kind == KIND_FUNC || d.kind == KIND_MAP {
        let mut msg = b"comparing uncomparable type ".to_vec();
        msg.extend_from_slice(d.name());
        runtime_error(&msg);
    }
    // SAFETY: boxed data holds a value of the described type.
    unsafe {
        if d.kind == KIND_STRING {
            return (read_string(da) == read_string(db)) as u8;
        }
        if d.kind == KIND_FLOAT64 {
            return (*(da as *const f64) == *(db as *const f64)) as u8;
        }
        if d.kind == KIND_FLOAT32 {
            return (*(da as *const f32) == *(db as *const f32)) as u8;
        }
        let n = d.size as usize;
        (std::slice::from_raw_parts(da, n) == std::slice::from_raw_parts(db, n)) as u8
    }
}

/// println of an interface value: `(0xTYPE,0xDATA)`, as gc prints it.
#[unsafe(no_mangle)]
pub extern "C" fn rgo_print_iface(t: usize, d: usize) {
    write_stderr(b"(");
    rgo_print_pointer(t);
    write_stderr(b",");
    rgo_print_pointer(d);
    write_stderr(b")");
}

/// `panic(v)`: prints `panic: ` and the value as gc's printpanicval does,
/// then the goroutine trace stand-in, and exits with status 2.
///
/// # Safety
/// `(t, data)` must be an interface value built by generated code.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rgo_panic(t: *const TypeDesc, data: *const u8) -> ! {
    rgo_print_lock();
    write_stderr(b"panic: ");
    if t.is_null() {
        write_stderr(b"panic called with nil argument");
    } else {
        // SAFETY: a non-null type word points to a descriptor and the data
        // word to a value of that type.
        unsafe { print_panic_value(&*t, data) };
    }
    crate::panic::end_panic()
}

unsafe fn print_panic_value(d: &TypeDesc, data: *const u8) {
    let custom = !d.is_predeclared();
    if custom && !is_printable_kind(d) {
        write_stderr(b"(");
        write_stderr(d.name());
        write_stderr(b") ");
        rgo_print_pointer(data as usize);
        return;
    }
    if custom {
        write_stderr(d.name());
        write_stderr(if d.kind == KIND_STRING { b"(\"" } else { b"(" });
    }
    // SAFETY: guaranteed by the caller.
    unsafe { print_value(d, data) };
    if custom {
        write_stderr(if d.kind == KIND_STRING { b"\")" } else { b")" });
    }
}

fn is_printable_kind(d: &TypeDesc) -> bool {
    d.kind == KIND_BOOL || d.is_signed_int() || d.is_unsigned_int() || d.kind == KIND_STRING || d.kind == KIND_FLOAT32 || d.kind == KIND_FLOAT64
}

unsafe fn print_value(d: &TypeDesc, data: *const u8) {
    // SAFETY: guaranteed by the caller.
    unsafe {
        match d.kind {
            KIND_BOOL => write_stderr(if *data != 0 { b"true" } else { b"false" }),
            KIND_STRING => write_stderr(read_string(data)),
            KIND_FLOAT64 => print_float(*(data as *const f64)),
            KIND_FLOAT32 => print_float(*(data as *const f32) as f64),
            _ if d.is_signed_int() => print_int(read_int(d, data)),
            _ if d.is_unsigned_int() => print_uint(read_uint(d, data)),
            _ => rgo_print_pointer(data as usize),
        }
    }
}

/// A failed `x.(T)`: `interface conversion: interface {} is string, not
/// int` (or `is nil`).
///
/// # Safety
/// The arguments must be type descriptors (`have` may be null).
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rgo_panic_type_assert(have: *const TypeDesc, want: *const TypeDesc, iface: *const TypeDesc) -> ! {
    rgo_print_lock();
    write_stderr(b"panic: interface conversion: ");
    // SAFETY: descriptors emitted by the compiler.
    unsafe {
        write_stderr((*iface).name());
        write_stderr(b" is ");
        if have.is_null() {
            write_stderr(b"nil");
        } else {
            write_stderr((*have).name());
        }
        write_stderr(b", not ");
        write_stderr((*want).name());
    }
    crate::panic::end_panic()
}
