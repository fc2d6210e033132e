//! This module implements Go maps as Swiss tables, after Go 1.24's
//! design: a directory of tables, each an open-addressed array of groups
//! of eight slots with a control word of 7-bit hash tags.
//!
//! A map value is a pointer to a `Map` header (nil is the nil map) whose
//! first field is the entry count, which generated code reads for
//! `len(m)`. The header holds a random per-map seed, the layout of a slot
//! for this key and value type, and the directory: `1 << global_depth`
//! table pointers indexed by the top `global_depth` bits of a key's hash
//! (each tagged with its table's size, so a lookup reaches its group
//! without first reading the table header; see `table::TableRef`).
//! A table with local depth `d` serves every index sharing its top `d`
//! bits, so it appears `1 << (global_depth - d)` times in a row. Within a
//! table the low seven hash bits are the slot's tag (H2) and the bits
//! above pick the first group to probe (H1); group.rs and table.rs have
//! the details. Keys and values are stored inline in the slots, and value
//! pointers handed to generated code point into them.
//!
//! Growth replaces one table at a time, never the whole map, so no insert
//! pays for more than one table (at most 1024 slots) of rehashing. A full
//! table is rebuilt at the same capacity when at most half of its load is
//! live (it is mostly tombstones), doubled while under `MAX_CAPACITY`, and
//! otherwise split in two by the next hash bit, doubling the directory
//! first if the table's depth equals the global depth. A replaced table is
//! left intact and marked stale (`index = -1`), which is what iterators
//! need (iter.rs). Memory comes from `alloc` and is never freed here; the
//! collector will reclaim replaced tables once no iterator refers to them.
//!
//! Every operation is compiled once per key shape (`group::KeyClass`):
//! 8- and 4-byte plain keys and strings hash and compare inline, other
//! keys call the descriptor's `hashfn` and `equal`. Lookups and deletes on
//! a nil or empty map hash nothing but still reject unhashable keys, as
//! gc does. Deleting the last entry or clearing the map picks a new seed.

mod group;
pub mod iter;
mod table;
#[cfg(test)]
mod tests;

use std::ptr;
use std::sync::atomic::{AtomicPtr, Ordering};

use crate::alg::{check_hashable, fastrand};
use crate::alloc::alloc;
use crate::panic::fatal;
use crate::types::TypeDesc;
use group::{Keys, Layout, SLOTS, with_keys};
use table::{Insert, MAX_CAPACITY, Table, TableRef, max_load};

/// A map: what a Go map value points to.
#[repr(C)]
pub struct Map {
    /// Number of entries. Must stay the first field: generated code reads
    /// it for `len(m)`.
    pub count: i64,
    seed: u64,
    /// `1 << global_depth` tables; null until the map first needs one.
    dir: *mut TableRef,
    global_depth: u64,
    /// Counts `clear` calls, so iterators can tell whether one happened.
    clear_seq: u64,
    lay: Layout,
}

/// Two values returned in two registers: a pointer and a flag.
#[repr(C)]
pub struct PtrBool {
    pub ptr: *const u8,
    pub ok: u64,
}

/// Hints beyond this many entries are ignored, as gc ignores hints whose
/// memory could never be allocated.
const MAX_HINT: usize = 1 << 40;

/// The number of slots a map expecting `hint` entries starts with.
fn capacity_for(hint: usize, lay: &Layout) -> usize {
    let slots = hint.div_ceil(7) * SLOTS;
    match slots.checked_next_power_of_two() {
        Some(c) if hint <= MAX_HINT && c.saturating_mul(lay.slot_size) < 1 << 47 => c.max(SLOTS),
        _ => SLOTS,
    }
}

impl Map {
    fn dir_len(&self) -> usize {
        1 << self.global_depth
    }

    /// The directory entry at index `i`.
    fn entry(&self, i: usize) -> TableRef {
        debug_assert!(i < self.dir_len());
        // SAFETY: the directory has `dir_len` entries.
        unsafe { *self.dir.add(i) }
    }

    /// The table at directory index `i`.
    fn table_at(&self, i: usize) -> *mut Table {
        self.entry(i).table()
    }

    /// The directory entry of the table responsible for `hash`.
    #[inline(always)]
    fn entry_for(&self, hash: u64) -> TableRef {
        let i = hash.checked_shr(64 - self.global_depth as u32).unwrap_or(0);
        self.entry(i as usize)
    }

    /// Builds the directory and tables for `hint` entries.
    fn init_tables(&mut self, hint: usize) {
        let cap = capacity_for(hint, &self.lay);
        let ntables = (cap / MAX_CAPACITY).max(1);
        let depth = ntables.trailing_zeros() as u64;
        self.dir = alloc(ntables * 8, 8).cast();
        self.global_depth = depth;
        for i in 0..ntables {
            let t = Table::create(&self.lay, cap.min(MAX_CAPACITY), depth, i as i64);
            // SAFETY: `i` is within the fresh directory.
            unsafe { *self.dir.add(i) = TableRef::new(t) };
        }
    }

    /// Calls `f` with each table once.
    fn for_each_table(&self, mut f: impl FnMut(*mut Table)) {
        if self.dir.is_null() {
            return;
        }
        for i in 0..self.dir_len() {
            let t = self.table_at(i);
            // SAFETY: directory entries are live tables.
            if unsafe { (*t).index } == i as i64 {
                f(t);
            }
        }
    }

    /// The table, group and slot holding `key`.
    ///
    /// # Safety
    /// `k` must be this map's key operations and `key` a key.
    #[inline(always)]
    unsafe fn find<K: Keys>(&self, k: &K, key: *const u8) -> Option<(*mut Table, *mut u8, usize)> {
        if self.dir.is_null() {
            return None;
        }
        // SAFETY: guaranteed by the caller; directory entries are live.
        unsafe {
            let hash = k.hash(key, self.seed);
            let e = self.entry_for(hash);
            let (g, s) = e.find(k, &self.lay, key, hash)?;
            Some((e.table(), g, s))
        }
    }

    /// The value slot for `key`, inserting the key with a zero value if
    /// absent.
    ///
    /// # Safety
    /// `k` must be this map's key operations and `key` a key.
    #[inline(always)]
    unsafe fn assign<K: Keys>(&mut self, k: &K, key: *const u8) -> *mut u8 {
        if self.dir.is_null() {
            self.init_tables(0);
        }
        // SAFETY: guaranteed by the caller; directory entries are live.
        unsafe {
            let hash = k.hash(key, self.seed);
            loop {
                let e = self.entry_for(hash);
                let slot = match e.insert(k, &self.lay, key, hash) {
                    Insert::Found(slot) if !self.lay.key_update => slot,
                    Insert::Found(slot) => {
                        k.copy(slot, key, self.lay.key_size);
                        slot
                    }
                    Insert::New(slot) => {
                        k.copy(slot, key, self.lay.key_size);
                        self.count += 1;
                        slot
                    }
                    Insert::Full => {
                        self.make_room(k, e.table());
                        continue;
                    }
                };
                return slot.add(self.lay.elem_off);
            }
        }
    }

    /// Replaces full table `t` by a rebuilt, doubled or split one.
    ///
    /// # Safety
    /// `t` must be one of this map's tables; `k` its key operations.
    unsafe fn make_room<K: Keys>(&mut self, k: &K, t: *mut Table) {
        // SAFETY: guaranteed by the caller.
        unsafe {
            let cap = (*t).capacity as usize;
            let new_cap = if ((*t).used as usize) <= max_load(cap) / 2 {
                cap
            } else {
                cap * 2
            };
            if new_cap <= MAX_CAPACITY {
                let n = (*t).rebuilt(k, &self.lay, self.seed, new_cap);
                (*t).index = -1;
                self.install(n);
            } else {
                self.split(k, t);
            }
        }
    }

    /// Splits full-size table `t` in two.
    ///
    /// # Safety
    /// As for `make_room`.
    unsafe fn split<K: Keys>(&mut self, k: &K, t: *mut Table) {
        // SAFETY: guaranteed by the caller.
        unsafe {
            if (*t).local_depth == self.global_depth {
                if self.global_depth >= 56 {
                    fatal(b"runtime: map hash collisions exhaust the directory");
                }
                self.grow_directory();
            }
            let (left, right) = (*t).split(k, &self.lay, self.seed);
            (*left).index = (*t).index;
            (*right).index = (*t).index + (1 << (self.global_depth - (*left).local_depth));
            (*t).index = -1;
            self.install(left);
            self.install(right);
        }
    }

    /// Points the directory entries `t` serves at `t`.
    ///
    /// # Safety
    /// `t` must be a live table with a valid index and depth.
    unsafe fn install(&mut self, t: *mut Table) {
        // SAFETY: guaranteed by the caller; the range is in the directory.
        unsafe {
            let first = (*t).index as usize;
            let span = 1usize << (self.global_depth - (*t).local_depth);
            let e = TableRef::new(t);
            for i in first..first + span {
                *self.dir.add(i) = e;
            }
        }
    }

    /// Doubles the directory; each table's range doubles with it.
    fn grow_directory(&mut self) {
        let len = self.dir_len();
        let dir: *mut TableRef = alloc(len * 16, 8).cast();
        for i in 0..len {
            let e = self.entry(i);
            let t = e.table();
            // SAFETY: `dir` has `2 * len` entries; `t` is live. A table's
            // index is its first entry, met before the others.
            unsafe {
                *dir.add(2 * i) = e;
                *dir.add(2 * i + 1) = e;
                if (*t).index == i as i64 {
                    (*t).index = 2 * i as i64;
                }
            }
        }
        self.dir = dir;
        self.global_depth += 1;
    }

    /// Deletes `key` if present.
    ///
    /// # Safety
    /// `k` must be this map's key operations and `key` a key.
    unsafe fn delete<K: Keys>(&mut self, k: &K, key: *const u8) {
        // SAFETY: guaranteed by the caller; `find` returns a full slot.
        unsafe {
            if let Some((t, g, s)) = self.find(k, key) {
                (*t).remove(&self.lay, g, s);
                self.count -= 1;
                if self.count == 0 {
                    self.seed = fastrand();
                }
            }
        }
    }

    fn clear(&mut self) {
        let lay = self.lay;
        // SAFETY: each table is live and visited once.
        self.for_each_table(|t| unsafe { (*t).clear(&lay) });
        self.count = 0;
        self.clear_seq += 1;
        self.seed = fastrand();
    }

    /// A copy of this map with the same seed and table structure.
    fn duplicate(&self) -> *mut Map {
        let m = alloc(size_of::<Map>(), 8) as *mut Map;
        // SAFETY: `m` is fresh; the copy's directory gets fresh tables.
        unsafe {
            m.write(Map {
                clear_seq: 0,
                ..*self
            });
            if self.dir.is_null() {
                return m;
            }
            (*m).dir = alloc(self.dir_len() * 8, 8).cast();
            self.for_each_table(|t| (*m).install((*t).duplicate(&self.lay)));
        }
        m
    }
}

/// A shared zero area for the values of missing keys.
static ZERO: [u64; 128] = [0; 128];
/// A larger zero area, allocated when a bigger value type first needs
/// one: its first word is its size, the zeros start 16 bytes in.
static BIG_ZERO: AtomicPtr<u8> = AtomicPtr::new(ptr::null_mut());

/// A pointer to at least `size` zero bytes that nobody writes.
fn zero_value(size: usize) -> *const u8 {
    if size <= size_of_val(&ZERO) {
        return ZERO.as_ptr().cast();
    }
    loop {
        let cur = BIG_ZERO.load(Ordering::Acquire);
        // SAFETY: a published area starts with its size.
        if !cur.is_null() && unsafe { *(cur as *const usize) } >= size {
            return cur.wrapping_add(16);
        }
        let new = alloc(size + 16, 16);
        // SAFETY: `new` is fresh and at least 16 bytes.
        unsafe { *(new as *mut usize) = size };
        if BIG_ZERO
            .compare_exchange(cur, new, Ordering::AcqRel, Ordering::Acquire)
            .is_ok()
        {
            return new.wrapping_add(16);
        }
    }
}

/// gc's plain (not "runtime error: ") panic for assigning into a nil map.
fn panic_nil_assign() -> ! {
    crate::panic::plain_error(b"assignment to entry in nil map")
}

/// The value slot for `key` in `m`, or null when absent.
///
/// # Safety
/// `mt` must be a map type, `m` null or a map of it, `key` a key.
unsafe fn lookup(mt: *const TypeDesc, m: *mut Map, key: *const u8) -> *const u8 {
    // SAFETY: guaranteed by the caller.
    unsafe {
        let kt = &*(*mt).key;
        if m.is_null() || (*m).count == 0 {
            check_hashable(kt, key);
            return ptr::null();
        }
        let m = &*m;
        let found = with_keys!(m.lay.class, kt, |k| m.find(k, key));
        match found {
            Some((_, g, s)) => m.lay.slot(g, s).add(m.lay.elem_off),
            None => ptr::null(),
        }
    }
}

/// `rgo_makemap(mt, hint) -> map`: `make(map[K]V, hint)`. A negative or
/// absurd hint means no hint, as in gc since Go 1.24.
///
/// # Safety
/// `mt` must be a map type descriptor.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rgo_makemap(mt: *const TypeDesc, hint: i64) -> *mut Map {
    // SAFETY: guaranteed by the caller.
    let lay = unsafe { Layout::new(&*(*mt).key, &*(*mt).elem) };
    let m = alloc(size_of::<Map>(), 8) as *mut Map;
    let map = Map {
        count: 0,
        seed: fastrand(),
        dir: ptr::null_mut(),
        global_depth: 0,
        clear_seq: 0,
        lay,
    };
    // SAFETY: `m` is a fresh allocation for a `Map`.
    unsafe { m.write(map) };
    if hint > SLOTS as i64 {
        // SAFETY: as above.
        unsafe { (*m).init_tables(hint as usize) };
    }
    m
}

/// `rgo_mapaccess1(mt, m, key) -> *V`: `m[key]`, pointing into the map or
/// at zeros when absent; never null. Nobody may write through it.
///
/// # Safety
/// `mt` must be a map type, `m` null or a map of it, `key` a key.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rgo_mapaccess1(
    mt: *const TypeDesc,
    m: *mut Map,
    key: *const u8,
) -> *const u8 {
    // SAFETY: guaranteed by the caller.
    unsafe {
        let v = lookup(mt, m, key);
        if v.is_null() {
            zero_value((*(*mt).elem).size as usize)
        } else {
            v
        }
    }
}

/// `rgo_mapaccess2(mt, m, key) -> {*V, ok}`: `v, ok := m[key]`.
///
/// # Safety
/// As for `rgo_mapaccess1`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rgo_mapaccess2(
    mt: *const TypeDesc,
    m: *mut Map,
    key: *const u8,
) -> PtrBool {
    // SAFETY: guaranteed by the caller.
    unsafe {
        let v = lookup(mt, m, key);
        if v.is_null() {
            let ptr = zero_value((*(*mt).elem).size as usize);
            PtrBool { ptr, ok: 0 }
        } else {
            PtrBool { ptr: v, ok: 1 }
        }
    }
}

/// `rgo_mapassign(mt, m, key) -> *V`: the value slot of `key`, inserted
/// with a zero value if absent, for the caller to store into at once.
///
/// # Safety
/// `mt` must be a map type, `m` null or a map of it, `key` a key.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rgo_mapassign(
    mt: *const TypeDesc,
    m: *mut Map,
    key: *const u8,
) -> *mut u8 {
    if m.is_null() {
        panic_nil_assign();
    }
    // SAFETY: guaranteed by the caller.
    unsafe {
        let m = &mut *m;
        with_keys!(m.lay.class, &*(*mt).key, |k| m.assign(k, key))
    }
}

/// `rgo_mapdelete(mt, m, key)`: `delete(m, key)`.
///
/// # Safety
/// As for `rgo_mapassign`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rgo_mapdelete(mt: *const TypeDesc, m: *mut Map, key: *const u8) {
    // SAFETY: guaranteed by the caller.
    unsafe {
        let kt = &*(*mt).key;
        if m.is_null() || (*m).count == 0 {
            check_hashable(kt, key);
            return;
        }
        let m = &mut *m;
        with_keys!(m.lay.class, kt, |k| m.delete(k, key))
    }
}

/// `rgo_mapclear(mt, m)`: `clear(m)`.
///
/// # Safety
/// `m` must be null or a map.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rgo_mapclear(_mt: *const TypeDesc, m: *mut Map) {
    if !m.is_null() {
        // SAFETY: guaranteed by the caller.
        unsafe { (*m).clear() }
    }
}

/// `rgo_maplen(m) -> int`: `len(m)`.
///
/// # Safety
/// `m` must be null or a map.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rgo_maplen(m: *const Map) -> i64 {
    // SAFETY: guaranteed by the caller.
    if m.is_null() {
        0
    } else {
        unsafe { (*m).count }
    }
}

/// `rgo_mapclone(mt, m) -> map`: a shallow copy of `m` (nil stays nil),
/// for `maps.Clone`.
///
/// # Safety
/// `m` must be null or a map.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rgo_mapclone(_mt: *const TypeDesc, m: *const Map) -> *mut Map {
    if m.is_null() {
        return ptr::null_mut();
    }
    // SAFETY: guaranteed by the caller.
    unsafe { (*m).duplicate() }
}
