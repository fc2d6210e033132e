//! This file implements iteration over a map (`for k, v := range m`),
//! with Go's rules for maps modified during the loop: an entry deleted
//! before it is reached is not produced, an entry added may or may not
//! be, no entry is produced twice, and every entry present throughout is
//! produced exactly once, however the map grows meanwhile.
//!
//! The iterator walks the directory from a random index and each table
//! from a random slot, wrapping around, so the order differs from one
//! loop to the next as in gc. It visits each table once: after a table it
//! skips every directory entry referring to the same table, and on first
//! landing in the middle of a table's run it moves its start back to the
//! run's beginning, so positions always fall on run boundaries.
//!
//! While its table is current, the iterator hands out pointers into the
//! slots. Entries never move within a table, so nothing is seen twice.
//! Once the table has been replaced (grown or split), the iterator keeps
//! walking the old, now frozen table, which still has the entries the map
//! had when it was replaced, and looks each key up in the map: a missing
//! key was deleted and is skipped, a present one is produced with the
//! map's current key and value. Keys not equal to themselves (NaN) cannot
//! be looked up, but they can be neither updated nor deleted except by
//! `clear`, so unless a clear happened they are produced from the old
//! table. Skipping the old table's whole directory run afterwards keeps
//! entries that moved to the tables that replaced it from showing again.
//! When the directory doubles, the walk's index and random offset double
//! with it, which keeps the position pointing at the same part of the
//! hash space. This is Go 1.24's scheme.

use std::ptr;

use super::Map;
use super::group::{Keys, SLOTS, with_keys};
use super::table::Table;
use crate::alg::fastrand;
use crate::types::TypeDesc;

/// An iteration in progress: generated code reserves it on its stack
/// (12 words), passes it to `rgo_mapiterinit`, and reads `key` and `elem`
/// after each call; `key` is null at the end.
#[repr(C)]
pub struct MapIter {
    pub key: *const u8,
    pub elem: *const u8,
    mt: *const TypeDesc,
    /// Null once the iteration is over (or the map was empty).
    m: *mut Map,
    /// The table being walked; null between tables.
    tab: *mut Table,
    /// Directory entries walked, counted from the random start.
    dir_idx: u64,
    dir_offset: u64,
    /// Slots of `tab` walked, counted from the random start.
    entry_idx: u64,
    entry_offset: u64,
    /// The map's `clear_seq` at the start.
    clear_seq: u64,
    /// The map's `global_depth` when `dir_idx` was last adjusted.
    global_depth: u64,
    reserved: u64,
}

impl MapIter {
    fn finish(&mut self) {
        self.key = ptr::null();
        self.elem = ptr::null();
        self.m = ptr::null_mut();
        self.tab = ptr::null_mut();
    }

    /// Advances to the next entry of `m`.
    ///
    /// # Safety
    /// `m` must be the iterated map and `k` its key operations.
    unsafe fn advance<K: Keys>(&mut self, k: &K, m: &Map) {
        if self.global_depth != m.global_depth {
            let orders = m.global_depth - self.global_depth;
            self.dir_idx <<= orders;
            self.dir_offset <<= orders;
            self.global_depth = m.global_depth;
        }
        loop {
            let len = m.dir_len() as u64;
            if self.dir_idx >= len {
                return self.finish();
            }
            if self.tab.is_null() {
                self.enter_table(m, len);
            }
            // SAFETY: guaranteed by the caller; `tab` is a table of `m`.
            unsafe {
                if self.scan(k, m) {
                    return;
                }
                self.dir_idx += 1 << (m.global_depth - (*self.tab).local_depth);
            }
            self.tab = ptr::null_mut();
        }
    }

    /// Starts on the table at the current directory position, moving the
    /// start to the beginning of that table's run if needed.
    fn enter_table(&mut self, m: &Map, len: u64) {
        let i = self.dir_idx.wrapping_add(self.dir_offset) & (len - 1);
        let t = m.table_at(i as usize);
        // SAFETY: directory entries are live tables.
        let first = unsafe { (*t).index } as u64;
        self.dir_offset = self.dir_offset.wrapping_sub(i - first);
        self.tab = t;
        self.entry_idx = 0;
    }

    /// Walks `tab` from `entry_idx` to its next entry, setting `key` and
    /// `elem`; false when the table is exhausted.
    ///
    /// # Safety
    /// As for `advance`, with `tab` set.
    unsafe fn scan<K: Keys>(&mut self, k: &K, m: &Map) -> bool {
        let lay = &m.lay;
        // SAFETY: guaranteed by the caller.
        let t = unsafe { &*self.tab };
        let cap = t.capacity;
        while self.entry_idx < cap {
            let pos = (self.entry_idx.wrapping_add(self.entry_offset) & (cap - 1)) as usize;
            let (g, s) = (pos / SLOTS, pos % SLOTS);
            let end = (s as u64 + (cap - self.entry_idx)).min(SLOTS as u64) as usize;
            let full = t.full(lay, g).range(s, end);
            if !full.any() {
                self.entry_idx += (end - s) as u64;
                continue;
            }
            let found = full.first();
            self.entry_idx += (found - s + 1) as u64;
            // SAFETY: `found` is a full slot of group `g` of `t`.
            let slot = unsafe { lay.slot(t.group(lay, g), found) };
            let entry = if t.index >= 0 {
                Some(slot)
            } else {
                // SAFETY: as above; `slot` holds a key.
                unsafe { self.current(k, m, slot) }
            };
            if let Some(e) = entry {
                self.key = e;
                self.elem = e.wrapping_add(lay.elem_off);
                return true;
            }
        }
        false
    }

    /// The map's current slot for the key in `old`, a slot of a replaced
    /// table, or `old` itself for a self-unequal key never cleared away.
    ///
    /// # Safety
    /// As for `advance`; `old` must be a full slot.
    unsafe fn current<K: Keys>(&self, k: &K, m: &Map, old: *mut u8) -> Option<*mut u8> {
        // SAFETY: guaranteed by the caller.
        unsafe {
            if let Some((_, g, s)) = m.find(k, old) {
                return Some(m.lay.slot(g, s));
            }
            (self.clear_seq == m.clear_seq && !k.eq(old, old)).then_some(old)
        }
    }
}

/// `rgo_mapiterinit(mt, m, it)`: starts iterating over `m` (nil or
/// empty: `it.key` is null at once) and positions on the first entry.
///
/// # Safety
/// `mt` must be a map type, `m` null or a map of it, `it` writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rgo_mapiterinit(mt: *const TypeDesc, m: *mut Map, it: *mut MapIter) {
    // SAFETY: guaranteed by the caller.
    unsafe {
        it.write(MapIter {
            key: ptr::null(),
            elem: ptr::null(),
            mt,
            m: ptr::null_mut(),
            tab: ptr::null_mut(),
            dir_idx: 0,
            dir_offset: 0,
            entry_idx: 0,
            entry_offset: 0,
            clear_seq: 0,
            global_depth: 0,
            reserved: 0,
        });
        if m.is_null() || (*m).count == 0 {
            return;
        }
        let it = &mut *it;
        it.m = m;
        it.dir_offset = fastrand();
        it.entry_offset = fastrand();
        it.clear_seq = (*m).clear_seq;
        it.global_depth = (*m).global_depth;
        rgo_mapiternext(it);
    }
}

/// `rgo_mapiternext(it)`: moves to the next entry (`it.key` null at the
/// end).
///
/// # Safety
/// `it` must have been started by `rgo_mapiterinit`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rgo_mapiternext(it: *mut MapIter) {
    // SAFETY: guaranteed by the caller.
    unsafe {
        let it = &mut *it;
        if it.m.is_null() {
            return it.finish();
        }
        let m = &*it.m;
        if m.count == 0 {
            return it.finish();
        }
        with_keys!(m.lay.class, &*(*it.mt).key, |k| it.advance(k, m))
    }
}

const _: () = assert!(size_of::<MapIter>() == 96);
