//! Tests of maps and of the hash and equality functions behind them, on
//! type descriptors built here the way the compiler emits them, with
//! typed helpers over the C ABI.

mod basic;
mod bench;
mod iteration;
mod keys;

use std::collections::{HashMap, HashSet};
use std::mem::MaybeUninit;
use std::ptr;

use super::iter::{MapIter, rgo_mapiterinit, rgo_mapiternext};
use super::*;
use crate::alg::*;
use crate::string::GoString;
use crate::types::*;

fn go_str(s: &str) -> GoString {
    let b: &'static [u8] = Box::leak(s.as_bytes().to_vec().into_boxed_slice());
    GoString {
        ptr: b.as_ptr(),
        len: b.len() as i64,
    }
}

fn desc(
    name: &str,
    size: u64,
    align: u8,
    kind: u8,
    flags: u8,
    equal: EqualFn,
    hashfn: HashFn,
) -> TypeDesc {
    TypeDesc {
        size,
        ptrdata: 0,
        hash: (name.len() as u32).wrapping_mul(0x9e37_79b9),
        kind,
        align,
        flags: flags | FLAG_COMPARABLE | FLAG_NAMED,
        pad: 0,
        equal: Some(equal),
        hashfn: Some(hashfn),
        gcdata: ptr::null(),
        name: go_str(name),
        pkgpath: go_str(""),
        elem: ptr::null(),
        key: ptr::null(),
        len: 0,
        fields: ptr::null(),
        nfields: 0,
        methods: ptr::null(),
        nmethods: 0,
    }
}

fn leak(d: TypeDesc) -> &'static TypeDesc {
    Box::leak(Box::new(d))
}

fn int64() -> &'static TypeDesc {
    leak(desc(
        "int64",
        8,
        8,
        KIND_INT64,
        FLAG_REGULAR_MEMORY,
        rgo_memequal64,
        rgo_memhash64,
    ))
}

fn string() -> &'static TypeDesc {
    leak(desc(
        "string",
        16,
        8,
        KIND_STRING,
        0,
        rgo_strequal,
        rgo_strhash,
    ))
}

fn float64() -> &'static TypeDesc {
    leak(desc(
        "float64",
        8,
        8,
        KIND_FLOAT64,
        0,
        rgo_f64equal,
        rgo_f64hash,
    ))
}

fn empty_struct() -> &'static TypeDesc {
    leak(desc(
        "struct {}",
        0,
        1,
        KIND_STRUCT,
        FLAG_REGULAR_MEMORY,
        rgo_memequal,
        rgo_memhash,
    ))
}

fn eface() -> &'static TypeDesc {
    leak(desc(
        "interface {}",
        16,
        8,
        KIND_INTERFACE,
        0,
        rgo_efaceequal,
        rgo_efacehash,
    ))
}

fn ptr_to_int() -> &'static TypeDesc {
    let f = FLAG_REGULAR_MEMORY | FLAG_DIRECT_IFACE;
    leak(desc(
        "*int",
        8,
        8,
        KIND_POINTER,
        f,
        rgo_memequal64,
        rgo_memhash64,
    ))
}

/// `struct { a uint8; _ uint8; b int64 }`: padding and a blank field.
fn padded_struct() -> &'static TypeDesc {
    let u8d = leak(desc(
        "uint8",
        1,
        1,
        KIND_UINT8,
        FLAG_REGULAR_MEMORY,
        rgo_memequal8,
        rgo_memhash8,
    ));
    let field = |name: &str, typ: &'static TypeDesc, offset| FieldDesc {
        name: go_str(name),
        typ,
        offset,
        flags: 0,
        tag: go_str(""),
    };
    let fields = vec![
        field("a", u8d, 0),
        field("_", u8d, 1),
        field("b", int64(), 8),
    ];
    let mut d = desc(
        "main.T",
        16,
        8,
        KIND_STRUCT,
        0,
        rgo_generic_equal,
        rgo_generic_hash,
    );
    d.fields = Box::leak(fields.into_boxed_slice()).as_ptr().cast();
    d.nfields = 3;
    leak(d)
}

fn map_type(key: &'static TypeDesc, elem: &'static TypeDesc) -> &'static TypeDesc {
    let mut d = desc(
        "map",
        8,
        8,
        KIND_MAP,
        FLAG_DIRECT_IFACE,
        rgo_memequal64,
        rgo_memhash64,
    );
    d.equal = None;
    d.hashfn = None;
    d.key = key;
    d.elem = elem;
    leak(d)
}

/// A map under test, with typed helpers over the C ABI.
struct M {
    mt: &'static TypeDesc,
    m: *mut Map,
}

impl M {
    fn new(key: &'static TypeDesc, elem: &'static TypeDesc, hint: i64) -> M {
        let mt = map_type(key, elem);
        // SAFETY: `mt` is a map type.
        M {
            mt,
            m: unsafe { rgo_makemap(mt, hint) },
        }
    }

    fn set<K, V>(&self, k: K, v: V) {
        // SAFETY: `k` and `v` have the map's key and value types.
        unsafe { (rgo_mapassign(self.mt, self.m, (&raw const k).cast()) as *mut V).write(v) }
    }

    /// `set`, first checking that a new key's value slot is zeroed.
    fn set_checking_zero(&self, k: i64, v: i64, new: bool) {
        // SAFETY: the map has int64 keys and values.
        unsafe {
            let p = rgo_mapassign(self.mt, self.m, (&raw const k).cast()) as *mut i64;
            assert!(!new || *p == 0, "a new key's value is zero");
            p.write(v);
        }
    }

    fn get<K, V: Copy>(&self, k: K) -> Option<V> {
        let kp = (&raw const k).cast();
        // SAFETY: `k` has the map's key type; the results point to a value
        // or to zeros of its size.
        unsafe {
            let r = rgo_mapaccess2(self.mt, self.m, kp);
            assert_eq!(rgo_mapaccess1(self.mt, self.m, kp), r.ptr);
            if r.ok == 0 {
                let zeros = std::slice::from_raw_parts(r.ptr, size_of::<V>());
                assert!(zeros.iter().all(|&b| b == 0));
            }
            (r.ok != 0).then(|| *(r.ptr as *const V))
        }
    }

    fn del<K>(&self, k: K) {
        // SAFETY: as above.
        unsafe { rgo_mapdelete(self.mt, self.m, (&raw const k).cast()) }
    }

    fn len(&self) -> i64 {
        // SAFETY: `m` is a map; the count is its first word.
        let inline = if self.m.is_null() {
            0
        } else {
            unsafe { *(self.m as *const i64) }
        };
        // SAFETY: as above.
        let len = unsafe { rgo_maplen(self.m) };
        assert_eq!(inline, len);
        len
    }

    /// Calls `f` with each entry's key and value pointers.
    fn each(&self, mut f: impl FnMut(*const u8, *const u8)) {
        let mut it = MaybeUninit::<MapIter>::uninit();
        // SAFETY: the iterator is written by init before any read.
        unsafe {
            rgo_mapiterinit(self.mt, self.m, it.as_mut_ptr());
            let it = it.assume_init_mut();
            while !it.key.is_null() {
                f(it.key, it.elem);
                rgo_mapiternext(it);
            }
        }
    }

    fn entries<K: Copy, V: Copy>(&self) -> Vec<(K, V)> {
        let mut v = vec![];
        // SAFETY: entries have the map's types.
        self.each(|k, e| v.push(unsafe { (*(k as *const K), *(e as *const V)) }));
        v
    }
}
