//! This file implements one table of a map: an open-addressed array of
//! groups (a power of two, at most `MAX_CAPACITY` slots) probed
//! quadratically by group. H1 (the hash above its low seven bits) picks
//! the first group and each step moves one group further than the last
//! (offsets 0, 1, 3, 6, ...: triangular numbers, which visit every group
//! of a power-of-two table). A probe compares the H2 byte against all
//! eight control bytes of a group at once and stops at a group with an
//! empty slot.
//!
//! At most 7/8 of the slots may be used, counting tombstones: an insert
//! into an empty slot spends `growth_left`, reusing a tombstone does not,
//! and when `growth_left` is spent the map replaces the table (see
//! mod.rs). Deleting leaves a tombstone only when the group has no empty
//! slot: a group that has an empty slot has had one ever since the table
//! was built, so no probe sequence ever passed through it and the slot can
//! simply become empty again.
//!
//! A table never moves an entry once placed, and a replaced table is
//! never written again; iterators rely on both.

use std::ptr;

use super::group::{Bits, Ctrl, DELETED, EMPTY, Keys, Layout, SLOTS, set_ctrl};
use crate::alloc::alloc;

/// The largest table; a map that needs more splits into several tables.
pub const MAX_CAPACITY: usize = 1024;

/// Table header bytes before the groups, keeping groups cache-aligned.
pub const HEADER: usize = 64;

/// A table's header; its groups follow in the same allocation.
#[repr(C)]
pub struct Table {
    /// Full slots.
    pub used: u64,
    /// Slots: a power of two, at least `SLOTS`.
    pub capacity: u64,
    /// Empty slots that inserts may still fill before the table must be
    /// replaced.
    pub growth_left: u64,
    /// How many top hash bits all keys in this table share.
    pub local_depth: u64,
    /// The first directory index that refers to this table, or -1 once the
    /// table has been replaced (grown or split).
    pub index: i64,
    group_mask: u64,
    /// The first group, just after the header.
    groups: *mut u8,
}

// The header fits before the groups, and 64-byte alignment leaves the
// low six bits of a table pointer free for `TableRef`'s tag (at most 7).
const _: () = assert!(size_of::<Table>() <= HEADER && MAX_CAPACITY / SLOTS <= 1 << 7);

/// What an insert found.
pub enum Insert {
    /// The key is present in this slot.
    Found(*mut u8),
    /// The key was absent and this slot is now claimed for it; the caller
    /// stores the key.
    New(*mut u8),
    /// The key was absent and the table has no room for it.
    Full,
}

/// A directory entry: a table pointer (tables are 64-aligned) with the
/// log2 of its group count in the low bits. Probing needs only the groups
/// and their number, so a lookup goes from the directory straight to a
/// group without first reading the table header, which would be a second
/// cache miss before the first could start.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
pub struct TableRef(*mut Table);

impl TableRef {
    pub fn new(t: *mut Table) -> TableRef {
        // SAFETY: `t` is a table, whose group count is a power of two.
        let log = unsafe { (*t).groups() }.trailing_zeros() as usize;
        TableRef(t.map_addr(|a| a | log))
    }

    pub fn table(self) -> *mut Table {
        self.0.map_addr(|a| a & !(HEADER - 1))
    }

    fn mask(self) -> usize {
        (1 << (self.0.addr() & (HEADER - 1))) - 1
    }

    /// Group `g`.
    #[inline(always)]
    fn group(self, lay: &Layout, g: usize) -> *mut u8 {
        self.table()
            .cast::<u8>()
            .wrapping_add(HEADER + g * lay.group_size)
    }

    /// The group and slot holding `key`, if present.
    ///
    /// # Safety
    /// `key` must point to a key of the layout's type.
    #[inline(always)]
    pub unsafe fn find<K: Keys>(
        self,
        k: &K,
        lay: &Layout,
        key: *const u8,
        hash: u64,
    ) -> Option<(*mut u8, usize)> {
        let mut p = Probe::new(hash, self.mask());
        loop {
            let g = self.group(lay, p.g);
            // SAFETY: `g` is a group of this table; matched slots are full.
            unsafe {
                let c = Ctrl::load(g);
                for s in c.match_h2(h2(hash)) {
                    if k.eq(key, lay.slot(g, s)) {
                        return Some((g, s));
                    }
                }
                if c.match_empty().any() {
                    return None;
                }
            }
            p.advance();
        }
    }

    /// Finds `key` or claims a slot for it: the first tombstone on its
    /// probe sequence, else an empty slot if `growth_left` allows.
    ///
    /// # Safety
    /// `key` must point to a key of the layout's type; the table must be
    /// live and not otherwise borrowed.
    #[inline(always)]
    pub unsafe fn insert<K: Keys>(self, k: &K, lay: &Layout, key: *const u8, hash: u64) -> Insert {
        let mut p = Probe::new(hash, self.mask());
        let mut tombstone: Option<(*mut u8, usize)> = None;
        loop {
            let g = self.group(lay, p.g);
            // SAFETY: `g` is a group of this table; matched slots are full.
            let c = unsafe { Ctrl::load(g) };
            for s in c.match_h2(h2(hash)) {
                // SAFETY: as above.
                let slot = unsafe { lay.slot(g, s) };
                // SAFETY: `slot` is full, so it holds a key.
                if unsafe { k.eq(key, slot) } {
                    return Insert::Found(slot);
                }
            }
            let empty = c.match_empty();
            if empty.any() {
                // SAFETY: guaranteed by the caller.
                let t = unsafe { &mut *self.table() };
                let (g, s) = match tombstone {
                    Some(t) => t,
                    None if t.growth_left == 0 => return Insert::Full,
                    None => {
                        t.growth_left -= 1;
                        (g, empty.first())
                    }
                };
                // SAFETY: `(g, s)` is a free slot of this table.
                return unsafe { Insert::New(t.claim(lay, g, s, hash)) };
            }
            if tombstone.is_none() {
                // No empty slot here, so every free slot is a tombstone.
                let free = c.match_free();
                if free.any() {
                    tombstone = Some((g, free.first()));
                }
            }
            p.advance();
        }
    }
}

/// The H2 tag of a hash.
fn h2(hash: u64) -> u8 {
    (hash & 0x7f) as u8
}

/// A quadratic probe sequence over groups.
struct Probe {
    g: usize,
    step: usize,
    mask: usize,
}

impl Probe {
    fn new(hash: u64, mask: usize) -> Probe {
        Probe {
            g: (hash >> 7) as usize & mask,
            step: 0,
            mask,
        }
    }

    fn advance(&mut self) {
        self.step += 1;
        self.g = (self.g + self.step) & self.mask;
    }
}

/// The number of entries a table of `capacity` slots may hold.
pub fn max_load(capacity: usize) -> usize {
    capacity / SLOTS * 7
}

impl Table {
    /// A new empty table (all-zero memory is all-empty groups).
    pub fn create(lay: &Layout, capacity: usize, local_depth: u64, index: i64) -> *mut Table {
        debug_assert!(capacity.is_power_of_two() && capacity >= SLOTS);
        let groups = capacity / SLOTS;
        let mem = alloc(HEADER + groups * lay.group_size, 64);
        let t = mem as *mut Table;
        // SAFETY: a fresh allocation big enough for the header.
        unsafe {
            t.write(Table {
                used: 0,
                capacity: capacity as u64,
                growth_left: max_load(capacity) as u64,
                local_depth,
                index,
                group_mask: groups as u64 - 1,
                groups: mem.add(HEADER),
            })
        };
        t
    }

    pub fn groups(&self) -> usize {
        self.group_mask as usize + 1
    }

    /// Group `g`.
    #[inline(always)]
    pub fn group(&self, lay: &Layout, g: usize) -> *mut u8 {
        self.groups.wrapping_add(g * lay.group_size)
    }

    /// Marks free slot `s` of group `g` full with `hash`'s tag.
    ///
    /// # Safety
    /// `(g, s)` must be a free slot of this table.
    unsafe fn claim(&mut self, lay: &Layout, g: *mut u8, s: usize, hash: u64) -> *mut u8 {
        self.used += 1;
        // SAFETY: guaranteed by the caller.
        unsafe {
            set_ctrl(g, s, h2(hash));
            lay.slot(g, s)
        }
    }

    /// Copies the slot at `src` (key and value) into a table being built,
    /// which has neither tombstones nor this key.
    ///
    /// # Safety
    /// `src` must be a full slot of the layout; the table must have room.
    unsafe fn put_fresh(&mut self, lay: &Layout, src: *const u8, hash: u64) {
        let mut p = Probe::new(hash, self.group_mask as usize);
        loop {
            let g = self.group(lay, p.g);
            // SAFETY: `g` is a group of this table; the new slot is free.
            unsafe {
                let empty = Ctrl::load(g).match_empty();
                if empty.any() {
                    let dst = self.claim(lay, g, empty.first(), hash);
                    ptr::copy_nonoverlapping(src, dst, lay.slot_size);
                    self.growth_left -= 1;
                    return;
                }
            }
            p.advance();
        }
    }

    /// Empties slot `s` of group `g`, zeroing its memory.
    ///
    /// # Safety
    /// `(g, s)` must be a full slot of this table.
    pub unsafe fn remove(&mut self, lay: &Layout, g: *mut u8, s: usize) {
        self.used -= 1;
        // SAFETY: guaranteed by the caller.
        unsafe {
            ptr::write_bytes(lay.slot(g, s), 0, lay.slot_size);
            if Ctrl::load(g).match_empty().any() {
                set_ctrl(g, s, EMPTY);
                self.growth_left += 1;
            } else {
                set_ctrl(g, s, DELETED);
            }
        }
    }

    /// Removes every entry, keeping the capacity.
    pub fn clear(&mut self, lay: &Layout) {
        if self.used == 0 && self.growth_left == max_load(self.capacity as usize) as u64 {
            return;
        }
        // SAFETY: the groups follow the header in the same allocation.
        unsafe { ptr::write_bytes(self.group(lay, 0), 0, self.groups() * lay.group_size) };
        self.used = 0;
        self.growth_left = max_load(self.capacity as usize) as u64;
    }

    /// A copy of this table with the same entries in the same slots.
    pub fn duplicate(&self, lay: &Layout) -> *mut Table {
        let bytes = self.groups() * lay.group_size;
        let mem = alloc(HEADER + bytes, 64);
        let t = mem as *mut Table;
        // SAFETY: `mem` is a fresh allocation of the same size.
        unsafe {
            ptr::copy_nonoverlapping(self.groups, mem.add(HEADER), bytes);
            t.write(Table {
                groups: mem.add(HEADER),
                ..*self
            });
        }
        t
    }

    /// The full slots of group `g`.
    pub fn full(&self, lay: &Layout, g: usize) -> Bits {
        // SAFETY: `g` is masked into range.
        unsafe { Ctrl::load(self.group(lay, g & self.group_mask as usize)).match_full() }
    }

    /// Calls `f` with every full slot.
    pub fn for_each_full(&self, lay: &Layout, mut f: impl FnMut(*mut u8)) {
        for g in 0..self.groups() {
            let gp = self.group(lay, g);
            for s in self.full(lay, g) {
                // SAFETY: `s` is a slot of group `gp`.
                f(unsafe { lay.slot(gp, s) });
            }
        }
    }

    /// A copy of this table's entries in a new table of `capacity` slots.
    ///
    /// # Safety
    /// `k` must be the map's key operations and `seed` its seed.
    pub unsafe fn rebuilt<K: Keys>(
        &self,
        k: &K,
        lay: &Layout,
        seed: u64,
        capacity: usize,
    ) -> *mut Table {
        let t = Table::create(lay, capacity, self.local_depth, self.index);
        self.for_each_full(lay, |slot| {
            // SAFETY: `t` is fresh, has room for every entry, and is ours.
            unsafe { (*t).put_fresh(lay, slot, k.hash(slot, seed)) };
        });
        t
    }

    /// This table's entries divided between two new full-size tables by
    /// the hash bit just below the `local_depth` bits they share.
    ///
    /// # Safety
    /// `k` must be the map's key operations and `seed` its seed.
    pub unsafe fn split<K: Keys>(
        &self,
        k: &K,
        lay: &Layout,
        seed: u64,
    ) -> (*mut Table, *mut Table) {
        let depth = self.local_depth + 1;
        let left = Table::create(lay, MAX_CAPACITY, depth, -1);
        let right = Table::create(lay, MAX_CAPACITY, depth, -1);
        let bit = 1u64 << (64 - depth);
        self.for_each_full(lay, |slot| {
            // SAFETY: each half is fresh and can hold the whole table.
            unsafe {
                let hash = k.hash(slot, seed);
                let half = if hash & bit == 0 { left } else { right };
                (*half).put_fresh(lay, slot, hash);
            }
        });
        (left, right)
    }
}
