//! This module implements the runtime side of runtime.Callers, Caller
//! and FuncForPC: walking the frame-pointer chain (generated code and the
//! runtime both keep frame pointers) and looking return addresses up in
//! the table the compiler emits (`rgo_pcln_table`, laid out as
//! compiler/src/codegen/pcln.rs describes; empty unless the program asks
//! for its call stack).

use crate::string::GoString;

#[repr(C)]
struct FuncEntry {
    entry: usize,
    size: u64,
    name: *const u8,
    name_len: u64,
    locs: *const Loc,
    nlocs: u64,
}

#[repr(C)]
struct Loc {
    start: u32,
    end: u32,
    line: u32,
    _pad: u32,
    file: *const u8,
    file_len: u64,
}

#[repr(C)]
struct Table {
    count: u64,
    // `count` FuncEntry records follow.
}

unsafe extern "C" {
    static rgo_pcln_table: Table;
}

fn funcs() -> &'static [FuncEntry] {
    // SAFETY: the compiler emits the table with `count` entries right
    // after the count word, 8-byte aligned, in read-only data.
    unsafe {
        let t = &raw const rgo_pcln_table;
        let n = (*t).count as usize;
        std::slice::from_raw_parts(t.cast::<u64>().add(1).cast::<FuncEntry>(), n)
    }
}

/// The function whose code holds `pc`.
fn find(pc: usize) -> Option<&'static FuncEntry> {
    funcs()
        .iter()
        .find(|f| pc >= f.entry && pc < f.entry + f.size as usize)
}

/// The current frame pointer (this function's own frame).
#[inline(always)]
fn frame_pointer() -> usize {
    let fp: usize;
    // SAFETY: reads a register.
    unsafe {
        #[cfg(target_arch = "x86_64")]
        std::arch::asm!("mov {}, rbp", out(reg) fp, options(nomem, nostack, preserves_flags));
        #[cfg(target_arch = "aarch64")]
        std::arch::asm!("mov {}, x29", out(reg) fp, options(nomem, nostack, preserves_flags));
    }
    fp
}

/// `func callers(skip int, buf *uintptr, n int) int` in package runtime:
/// writes up to `n` return addresses of Go functions into `buf`, the
/// first being the return address into this function's caller (skip 0),
/// and returns how many. The walk ends after the program's entry
/// (`runtime.main`) or at a frame record that does not look like one.
///
/// # Safety
/// `buf` must have room for `n` words.
#[unsafe(export_name = "runtime.callers")]
#[inline(never)]
pub unsafe extern "C" fn callers(skip: i64, buf: *mut usize, n: i64) -> i64 {
    let mut fp = frame_pointer();
    let mut skip = skip.max(0);
    let mut count = 0i64;
    while fp != 0 && fp.is_multiple_of(8) && count < n {
        // SAFETY: `fp` points at a frame record {saved fp, return address}
        // of a frame still on the stack (checked loosely above and below).
        let (next, ret) = unsafe { (*(fp as *const usize), *((fp + 8) as *const usize)) };
        let f = find(ret.wrapping_sub(1));
        if let Some(f) = f {
            if skip > 0 {
                skip -= 1;
            } else {
                // SAFETY: `count < n`.
                unsafe { *buf.add(count as usize) = ret };
                count += 1;
            }
            // SAFETY: names are valid for the program's life.
            if unsafe { name(f) } == b"runtime.main" {
                break;
            }
        }
        if next <= fp || next - fp > 1 << 30 {
            break;
        }
        fp = next;
    }
    count
}

/// # Safety
/// `f` comes from the table.
unsafe fn name(f: &FuncEntry) -> &'static [u8] {
    // SAFETY: the table's strings live as long as the program.
    unsafe { std::slice::from_raw_parts(f.name, f.name_len as usize) }
}

fn go_str(p: *const u8, len: u64) -> GoString {
    GoString {
        ptr: p,
        len: len as i64,
    }
}

/// `func funcName(pc uintptr) string`: the name of the function holding
/// `pc`, "" if none.
#[unsafe(export_name = "runtime.funcName")]
pub extern "C" fn func_name(pc: usize) -> GoString {
    match find(pc) {
        Some(f) => go_str(f.name, f.name_len),
        None => go_str(std::ptr::null(), 0),
    }
}

/// `func funcEntry(pc uintptr) uintptr`: the entry address of the
/// function holding `pc`, 0 if none.
#[unsafe(export_name = "runtime.funcEntry")]
pub extern "C" fn func_entry(pc: usize) -> usize {
    find(pc).map_or(0, |f| f.entry)
}

fn loc(pc: usize) -> Option<&'static Loc> {
    let f = find(pc)?;
    let off = (pc - f.entry) as u32;
    // SAFETY: `locs` has `nlocs` entries (or is null with 0).
    let locs = if f.nlocs == 0 {
        &[][..]
    } else {
        unsafe { std::slice::from_raw_parts(f.locs, f.nlocs as usize) }
    };
    locs.iter()
        .find(|l| off >= l.start && off < l.end)
        .or_else(|| locs.iter().rev().find(|l| l.start <= off))
}

/// `func funcFile(pc uintptr) string`: the file of the call site at `pc`.
#[unsafe(export_name = "runtime.funcFile")]
pub extern "C" fn func_file(pc: usize) -> GoString {
    match loc(pc) {
        Some(l) => go_str(l.file, l.file_len),
        None => go_str(std::ptr::null(), 0),
    }
}

/// `func funcLine(pc uintptr) int`: the line of the call site at `pc`, 0
/// if unknown.
#[unsafe(export_name = "runtime.funcLine")]
pub extern "C" fn func_line(pc: usize) -> i64 {
    loc(pc).map_or(0, |l| i64::from(l.line))
}
