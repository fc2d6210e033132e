//! This module implements heap allocation for Go values. Every allocation
//! the generated code or the rest of the runtime makes for Go memory goes
//! through `alloc`, so that the garbage collector, when it comes, has one
//! place to hook in.
//!
//! For now memory is never freed. Each thread carves small objects out of
//! its own chunk with a bump pointer (no locking on the fast path) and
//! fetches a fresh chunk from the kernel with `mmap` when the current one
//! is exhausted; objects too big to waste a chunk on get a mapping of
//! their own. Anonymous mappings are zero-filled and nothing is reused, so
//! no clearing is needed. Zero-sized objects all share one address, as in
//! gc (`zerobase`).
//!
//! The collector will replace this with size-class spans (the classes
//! `slice::roundupsize` already models), mark bits and sweeping, keeping
//! the `alloc` signature.

use std::cell::Cell;
use std::ptr;
use std::sync::atomic::{AtomicU64, Ordering};

use crate::libc;
use crate::panic::fatal;

/// Size of the chunks threads bump-allocate from.
const CHUNK: usize = 1 << 20;
/// Objects larger than this get their own mapping.
const LARGE: usize = CHUNK / 4;

/// The address of every zero-sized object, including zero-sized
/// package-level variables (the compiler refers to the symbol).
#[unsafe(no_mangle)]
pub static rgo_zerobase: u64 = 0;

/// A thread's allocation state: the free part of its chunk (next free
/// byte and end) and its counts of small objects and their bytes.
#[derive(Clone, Copy)]
struct Bump {
    next: usize,
    end: usize,
    mallocs: u64,
    bytes: u64,
}

thread_local! {
    static BUMP: Cell<Bump> = const {
        Cell::new(Bump { next: 0, end: 0, mallocs: 0, bytes: 0 })
    };
}

/// Large objects (own mappings): count and bytes; and bytes mapped in all.
static LARGE_MALLOCS: AtomicU64 = AtomicU64::new(0);
static LARGE_BYTES: AtomicU64 = AtomicU64::new(0);
static SYS_BYTES: AtomicU64 = AtomicU64::new(0);

/// What runtime.ReadMemStats reports of the allocator: objects allocated
/// and their bytes (on the calling thread, the only one running Go code
/// until goroutines arrive, plus every large object), and bytes obtained
/// from the kernel. Nothing is freed yet.
pub fn stats() -> (u64, u64, u64) {
    let b = BUMP.with(Cell::get);
    (
        b.mallocs + LARGE_MALLOCS.load(Ordering::Relaxed),
        b.bytes + LARGE_BYTES.load(Ordering::Relaxed),
        SYS_BYTES.load(Ordering::Relaxed),
    )
}

/// Maps `size` bytes of fresh zeroed memory, or dies with gc's message.
fn map(size: usize) -> *mut u8 {
    // SAFETY: an anonymous private mapping has no preconditions.
    let p = unsafe {
        libc::mmap(
            ptr::null_mut(),
            size,
            libc::PROT_READ | libc::PROT_WRITE,
            libc::MAP_PRIVATE | libc::MAP_ANONYMOUS,
            -1,
            0,
        )
    };
    if p == libc::MAP_FAILED {
        fatal(b"runtime: out of memory");
    }
    SYS_BYTES.fetch_add(size as u64, Ordering::Relaxed);
    p.cast()
}

/// Returns `size` bytes of zeroed memory aligned to `align` (a power of
/// two). Never returns null.
pub fn alloc(size: usize, align: usize) -> *mut u8 {
    if size == 0 {
        return ptr::addr_of!(rgo_zerobase) as *mut u8;
    }
    let align = align.max(1);
    if size > LARGE || align > 4096 {
        let Some(padded) = size.checked_add(align.saturating_sub(4096)) else {
            fatal(b"runtime: out of memory");
        };
        let p = map(padded) as usize;
        LARGE_MALLOCS.fetch_add(1, Ordering::Relaxed);
        LARGE_BYTES.fetch_add(size as u64, Ordering::Relaxed);
        return ((p + align - 1) & !(align - 1)) as *mut u8;
    }
    BUMP.with(|bump| {
        let mut b = bump.get();
        b.mallocs += 1;
        b.bytes += size as u64;
        let start = (b.next + align - 1) & !(align - 1);
        if b.next != 0 && start + size <= b.end {
            b.next = start + size;
            bump.set(b);
            return start as *mut u8;
        }
        let chunk = map(CHUNK) as usize;
        b.next = chunk + size;
        b.end = chunk + CHUNK;
        bump.set(b);
        chunk as *mut u8
    })
}

/// `rgo_alloc(size, align)`: zeroed memory for a Go value; never null.
#[unsafe(no_mangle)]
pub extern "C" fn rgo_alloc(size: u64, align: u64) -> *mut u8 {
    if size > isize::MAX as u64 {
        fatal(b"runtime: out of memory");
    }
    alloc(size as usize, align as usize)
}
