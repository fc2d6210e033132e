//! This module implements the interface operations that need the
//! runtime: itabs built at run time for assertions to interface types
//! (from the dynamic type's method table, cached), comparing interface
//! values, printing one with print/println, printing a panic value as gc's
//! printpanics does (calling `Error()` or `String()` when the value has
//! them), and failed type assertions.

use crate::panic::{ErrorKind, error_panic, runtime_error};
use crate::print::{print_float, print_int, print_uint, rgo_print_pointer};
use crate::string::GoString;
use crate::sys::write_stderr;
use crate::types::*;

/// The itab of `typ` for `inter`, or null when `typ` lacks a method.
/// Built once, then cached in itab.rs (failures too: an itab whose first
/// method is null).
fn getitab(inter: &TypeDesc, typ: &TypeDesc) -> *const Itab {
    let mut itab = crate::itab::lookup(inter, typ);
    if itab.is_null() {
        itab = build_itab(inter, typ);
    }
    // SAFETY: a cached itab has room for at least one method.
    if unsafe { Itab::method(itab, 0).is_null() } {
        return std::ptr::null();
    }
    itab
}

/// Builds and caches the itab of `typ` for `inter`, with a null first
/// method when a method is missing.
fn build_itab(inter: &TypeDesc, typ: &TypeDesc) -> *const Itab {
    let want = inter.imethods();
    let have = typ.method_set();
    let p = crate::itab::new_itab(inter, typ, want.len());
    for (i, m) in want.iter().enumerate() {
        let Some(h) = find_method(have, m) else {
            // SAFETY: `p` is fresh; a null first method marks the failure.
            unsafe { Itab::set_method(p, 0, std::ptr::null()) };
            break;
        };
        // SAFETY: `p` has room for `want.len()` methods.
        unsafe { Itab::set_method(p, i, h.ifn) };
    }
    crate::itab::insert(p)
}

/// The method of `have` that implements interface method `m`: same
/// name, package (for unexported names) and type.
fn find_method<'d>(have: &'d [MethodDesc], m: &IMethodDesc) -> Option<&'d MethodDesc> {
    have.iter().find(|h| {
        h.name.as_bytes() == m.name.as_bytes()
            && h.pkgpath.as_bytes() == m.pkgpath.as_bytes()
            && h.mtyp == m.typ
    })
}

fn first_missing(inter: &TypeDesc, typ: &TypeDesc) -> &'static [u8] {
    let have = typ.method_set();
    for m in inter.imethods() {
        if find_method(have, m).is_none() {
            return static_name(m.name);
        }
    }
    b""
}

/// Names in descriptors are static data.
fn static_name(s: GoString) -> &'static [u8] {
    s.as_bytes()
}

/// `x.(I)` (or the test of a type switch case `I`): the itab of dynamic
/// type `typ` for `inter`, or null (also for a nil `typ`). With `must`, a
/// failure panics with gc's message.
///
/// # Safety
/// The arguments must be type descriptors (`typ` may be null).
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rgo_assert_iface(
    inter: *const TypeDesc,
    typ: *const TypeDesc,
    must: u8,
) -> *const Itab {
    if typ.is_null() {
        if must != 0 {
            // SAFETY: a descriptor.
            let want = unsafe { (*inter).name() };
            let mut m = b"interface conversion: interface is nil, not ".to_vec();
            m.extend_from_slice(want);
            error_panic(ErrorKind::TypeAssertion, &m);
        }
        return std::ptr::null();
    }
    // SAFETY: descriptors emitted by the compiler.
    let itab = unsafe { getitab(&*inter, &*typ) };
    if itab.is_null() && must != 0 {
        // SAFETY: as above.
        let (have, want) = unsafe { ((*typ).name(), (*inter).name()) };
        // SAFETY: as above.
        let missing = unsafe { first_missing(&*inter, &*typ) };
        let mut m = b"interface conversion: ".to_vec();
        m.extend_from_slice(have);
        m.extend_from_slice(b" is not ");
        m.extend_from_slice(want);
        m.extend_from_slice(b": missing method ");
        m.extend_from_slice(missing);
        error_panic(ErrorKind::TypeAssertion, &m);
    }
    itab
}

/// `x.(I)` that panics on failure; `src` is x's static interface type.
///
/// # Safety
/// As `rgo_assert_iface`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rgo_assert_iface_must(
    inter: *const TypeDesc,
    typ: *const TypeDesc,
    src: *const TypeDesc,
) -> *const Itab {
    let _ = src;
    // SAFETY: forwarded.
    unsafe { rgo_assert_iface(inter, typ, 1) }
}

/// The dynamic type of a non-empty interface value with itab `itab`.
///
/// # Safety
/// `itab` is null or an itab.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rgo_itab_type(itab: *const Itab) -> *const TypeDesc {
    if itab.is_null() {
        return std::ptr::null();
    }
    // SAFETY: an itab.
    unsafe { (*itab).typ }
}

/// Equal dynamic values of type `t` (data words `a`, `b`), panicking for
/// an uncomparable type.
unsafe fn values_equal(t: &TypeDesc, a: *const u8, b: *const u8) -> bool {
    // Checked first: maps and funcs are pointer-shaped but uncomparable.
    let Some(eq) = t.equal else {
        let mut msg = b"comparing uncomparable type ".to_vec();
        msg.extend_from_slice(t.name());
        runtime_error(&msg);
    };
    if t.is_pointer_shaped() {
        return a == b;
    }
    // SAFETY: boxed data words point to values of type `t`.
    unsafe { eq(t, a, b) != 0 }
}

/// `a == b` for empty-interface values (type word, data word).
///
/// # Safety
/// Both must be interface values built by generated code.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rgo_efaceeq(
    ta: *const TypeDesc,
    da: *const u8,
    tb: *const TypeDesc,
    db: *const u8,
) -> u8 {
    if ta != tb {
        return 0;
    }
    if ta.is_null() {
        return 1;
    }
    // SAFETY: a non-null type word points to a descriptor.
    unsafe { values_equal(&*ta, da, db) as u8 }
}

/// `a == b` for non-empty interface values (itab word, data word).
///
/// # Safety
/// Both must be interface values built by generated code.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rgo_ifaceeq(
    ia: *const Itab,
    da: *const u8,
    ib: *const Itab,
    db: *const u8,
) -> u8 {
    // SAFETY: itabs or null.
    unsafe { rgo_efaceeq(rgo_itab_type(ia), da, rgo_itab_type(ib), db) }
}

/// `a == b` for values of type `t` in memory (structs and arrays).
///
/// # Safety
/// `a` and `b` point to values of type `t`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rgo_typed_equal(t: *const TypeDesc, a: *const u8, b: *const u8) -> u8 {
    // SAFETY: guaranteed by the caller.
    unsafe {
        match (*t).equal {
            Some(eq) => eq(t, a, b),
            None => 0,
        }
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

/// The data word's value as code taking a receiver sees it.
fn method_string(t: &TypeDesc, data: *const u8, name: &[u8]) -> Option<GoString> {
    let m = t.method_set().iter().find(|m| {
        m.name.as_bytes() == name && m.pkgpath.len == 0 && {
            // SAFETY: method types are func descriptors.
            let mt = unsafe { &*m.mtyp };
            mt.nfields == 1 << 32 && {
                // SAFETY: one result descriptor follows the (zero) params.
                let r = unsafe { &**(mt.fields as *const *const TypeDesc) };
                r.kind == KIND_STRING
            }
        }
    })?;
    // SAFETY: an ifn takes the closure context and the data word and
    // returns a string in two registers.
    let f: extern "C" fn(usize, *const u8) -> GoString = unsafe { std::mem::transmute(m.ifn) };
    Some(f(0, data))
}

/// Prints a panic value as gc's printpanics does: the text of `Error()`
/// or `String()` if the value has one, else the value.
///
/// # Safety
/// `(t, data)` must be an interface value built by generated code.
pub unsafe fn print_panic_value(t: *const TypeDesc, data: *const u8) {
    if t.is_null() {
        write_stderr(b"nil");
        return;
    }
    // SAFETY: a non-null type word points to a descriptor.
    let d = unsafe { &*t };
    if let Some(s) = method_string(d, data, b"Error").or_else(|| method_string(d, data, b"String"))
    {
        print_indented(s.as_bytes());
        return;
    }
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
    unsafe { print_value(d, data, custom) };
    if custom {
        write_stderr(if d.kind == KIND_STRING { b"\")" } else { b")" });
    }
}

/// Newlines in a panic message are followed by a tab, as in gc.
fn print_indented(msg: &[u8]) {
    for line in msg.split_inclusive(|&b| b == b'\n') {
        write_stderr(line);
        if line.ends_with(b"\n") {
            write_stderr(b"\t");
        }
    }
}

fn is_printable_kind(d: &TypeDesc) -> bool {
    d.kind == KIND_BOOL
        || d.is_signed_int()
        || d.is_unsigned_int()
        || matches!(
            d.kind,
            KIND_STRING | KIND_FLOAT32 | KIND_FLOAT64 | KIND_COMPLEX64 | KIND_COMPLEX128
        )
}

/// A value of a printable kind as gc's `printpanicval` prints it; inside
/// a named type's parentheses a complex number has none of its own.
unsafe fn print_value(d: &TypeDesc, data: *const u8, named: bool) {
    let complex = |re: f64, im: f64| {
        if named {
            print_float(re);
            print_float(im);
            write_stderr(b"i");
        } else {
            crate::print::rgo_print_complex(re, im);
        }
    };
    // SAFETY: guaranteed by the caller.
    unsafe {
        match d.kind {
            KIND_BOOL => write_stderr(if *data != 0 { b"true" } else { b"false" }),
            KIND_STRING => print_indented(read_string(data)),
            KIND_FLOAT64 => print_float(*(data as *const f64)),
            KIND_FLOAT32 => print_float(*(data as *const f32) as f64),
            KIND_COMPLEX128 => {
                let p = data as *const f64;
                complex(*p, *p.add(1));
            }
            KIND_COMPLEX64 => {
                let p = data as *const f32;
                complex(*p as f64, *p.add(1) as f64);
            }
            _ if d.is_signed_int() => print_int(read_int(d, data)),
            _ if d.is_unsigned_int() => print_uint(read_uint(d, data)),
            _ => rgo_print_pointer(data as usize),
        }
    }
}

/// A failed `x.(T)` for a concrete `T`: `interface conversion: interface
/// {} is string, not int` (or `is nil`).
///
/// # Safety
/// The arguments must be type descriptors (`have` may be null).
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rgo_panic_type_assert(
    have: *const TypeDesc,
    want: *const TypeDesc,
    iface: *const TypeDesc,
) -> ! {
    let mut m = b"interface conversion: ".to_vec();
    // SAFETY: descriptors emitted by the compiler.
    unsafe {
        m.extend_from_slice((*iface).name());
        m.extend_from_slice(b" is ");
        if have.is_null() {
            m.extend_from_slice(b"nil");
        } else {
            m.extend_from_slice((*have).name());
        }
        m.extend_from_slice(b", not ");
        m.extend_from_slice((*want).name());
    }
    error_panic(ErrorKind::TypeAssertion, &m)
}
