//! This module implements the itab cache: the itabs built at run time (for
//! assertions and type switches to interface types), found by (interface
//! type, dynamic type). Like gc's `itabTable`, it is an open-addressed
//! table of itab pointers that is read without locking (atomic loads) and
//! written under a mutex; a full table is replaced by one twice the size
//! (the old one is leaked, since a reader may still be using it). A type
//! that does not implement the interface gets an itab too, with a null
//! first method, so failed assertions are cached as well.
//!
//! Itabs and tables are runtime metadata, allocated with Rust's allocator
//! and never freed (the collector must not see them as Go objects).

use std::alloc::{Layout, alloc_zeroed};
use std::ptr::null_mut;
use std::sync::Mutex;
use std::sync::atomic::{AtomicPtr, Ordering};

use crate::panic::fatal;
use crate::types::{Itab, TypeDesc};

struct Table {
    mask: usize,
    slots: Box<[AtomicPtr<Itab>]>,
}

static TABLE: AtomicPtr<Table> = AtomicPtr::new(null_mut());
/// Held while inserting; the number of itabs in the table.
static COUNT: Mutex<usize> = Mutex::new(0);

fn hash(inter: *const TypeDesc, typ: *const TypeDesc) -> usize {
    let h = (inter as usize).rotate_left(17) ^ (typ as usize);
    h.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 16
}

/// The cached itab of `typ` for `inter`, or null when there is none yet.
pub fn lookup(inter: *const TypeDesc, typ: *const TypeDesc) -> *const Itab {
    let t = TABLE.load(Ordering::Acquire);
    if t.is_null() {
        return std::ptr::null();
    }
    // SAFETY: tables are never freed once published.
    unsafe { find(&*t, inter, typ) }
}

/// # Safety
/// Every non-null slot of `t` holds a published itab.
unsafe fn find(t: &Table, inter: *const TypeDesc, typ: *const TypeDesc) -> *const Itab {
    let mut i = hash(inter, typ) & t.mask;
    loop {
        let p = t.slots[i].load(Ordering::Acquire);
        if p.is_null() {
            return std::ptr::null();
        }
        // SAFETY: a published itab.
        if unsafe { (*p).inter == inter && (*p).typ == typ } {
            return p;
        }
        i = (i + 1) & t.mask;
    }
}

/// Adds `itab` to the cache and returns the cached one (another thread
/// may have added an equal itab first).
pub fn insert(itab: *mut Itab) -> *const Itab {
    let mut count = COUNT.lock().unwrap_or_else(|e| e.into_inner());
    // SAFETY: `itab` is a complete itab; tables are never freed.
    unsafe {
        let (inter, typ) = ((*itab).inter, (*itab).typ);
        let mut t = TABLE.load(Ordering::Acquire);
        if !t.is_null() {
            let old = find(&*t, inter, typ);
            if !old.is_null() {
                return old;
            }
        }
        if t.is_null() || (*count + 1) * 4 > ((*t).mask + 1) * 3 {
            t = grow(t);
            TABLE.store(t, Ordering::Release);
        }
        place(&*t, itab);
    }
    *count += 1;
    itab
}

/// A table twice the size of `old` (or a first one) holding its itabs.
///
/// # Safety
/// `old` is null or a published table.
unsafe fn grow(old: *mut Table) -> *mut Table {
    let n = if old.is_null() {
        64
    } else {
        // SAFETY: guaranteed by the caller.
        unsafe { ((*old).mask + 1) * 2 }
    };
    let slots: Box<[AtomicPtr<Itab>]> = (0..n).map(|_| AtomicPtr::new(null_mut())).collect();
    let t = Box::into_raw(Box::new(Table { mask: n - 1, slots }));
    if !old.is_null() {
        // SAFETY: guaranteed by the caller; `t` is fresh.
        unsafe {
            for s in (*old).slots.iter() {
                let p = s.load(Ordering::Acquire);
                if !p.is_null() {
                    place(&*t, p);
                }
            }
        }
    }
    t
}

/// Stores `itab` in the first free slot of its probe sequence.
///
/// # Safety
/// `itab` is a complete itab; the caller holds the insert lock.
unsafe fn place(t: &Table, itab: *mut Itab) {
    // SAFETY: guaranteed by the caller.
    let mut i = unsafe { hash((*itab).inter, (*itab).typ) } & t.mask;
    while !t.slots[i].load(Ordering::Relaxed).is_null() {
        i = (i + 1) & t.mask;
    }
    t.slots[i].store(itab, Ordering::Release);
}

/// A new itab of `typ` for `inter` with room for `n` methods (at least
/// one), zeroed.
pub fn new_itab(inter: *const TypeDesc, typ: *const TypeDesc, n: usize) -> *mut Itab {
    let size = std::mem::size_of::<Itab>() + 8 * n.max(1);
    let layout = Layout::from_size_align(size, 8).unwrap_or_else(|_| fatal(b"itab too large"));
    // SAFETY: the layout has a nonzero size.
    let p = unsafe { alloc_zeroed(layout) } as *mut Itab;
    if p.is_null() {
        fatal(b"runtime: out of memory");
    }
    // SAFETY: `p` is a fresh zeroed allocation of the right size.
    unsafe {
        (*p).inter = inter;
        (*p).typ = typ;
        (*p).hash = (*typ).hash;
    }
    p
}
