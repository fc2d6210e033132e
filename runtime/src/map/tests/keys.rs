//! Tests of the hash and equality functions (alg.rs) and of maps with
//! interface, float and composite keys.

use super::*;

#[test]
fn interface_keys_with_mixed_dynamic_types() {
    let (it, st, pt, ft) = (int64(), string(), ptr_to_int(), float64());
    let boxed = |v: i64| Box::leak(Box::new(v)) as *const i64 as usize;
    let m = M::new(eface(), int64(), 0);
    let eface = |t: &'static TypeDesc, data: usize| [t as *const TypeDesc as usize, data];
    let target = Box::leak(Box::new(7i64)) as *const i64 as usize;
    m.set(eface(it, boxed(1)), 1i64);
    m.set(
        eface(
            st,
            Box::leak(Box::new(go_str("1"))) as *const GoString as usize,
        ),
        2i64,
    );
    m.set(eface(pt, target), 3i64);
    m.set([0usize, 0], 4i64);
    m.set(
        eface(ft, Box::leak(Box::new(f64::NAN)) as *const f64 as usize),
        5i64,
    );
    m.set(
        eface(ft, Box::leak(Box::new(f64::NAN)) as *const f64 as usize),
        6i64,
    );
    assert_eq!(m.len(), 6);
    assert_eq!(
        m.get(eface(it, boxed(1))),
        Some(1i64),
        "a different box, equal value"
    );
    assert_eq!(
        m.get(eface(
            st,
            Box::leak(Box::new(go_str("1"))) as *const GoString as usize
        )),
        Some(2i64)
    );
    assert_eq!(m.get(eface(pt, target)), Some(3i64));
    assert_eq!(
        m.get::<_, i64>(eface(pt, boxed(7))),
        None,
        "pointers compare by address"
    );
    assert_eq!(m.get([0usize, 0]), Some(4i64));
    assert_eq!(m.get::<_, i64>(eface(it, boxed(2))), None);
    assert_eq!(m.entries::<[usize; 2], i64>().len(), 6);
    m.del([0usize, 0]);
    assert_eq!(m.get::<_, i64>([0usize, 0]), None);
}

#[test]
fn nil_and_empty_maps_accept_hashable_interface_keys() {
    let key = [
        int64() as *const TypeDesc as usize,
        Box::leak(Box::new(3i64)) as *const i64 as usize,
    ];
    let nil = M {
        mt: map_type(eface(), int64()),
        m: ptr::null_mut(),
    };
    assert_eq!(nil.get::<_, i64>(key), None);
    nil.del(key);
    let empty = M::new(eface(), int64(), 0);
    assert_eq!(empty.get::<_, i64>(key), None);
    empty.del(key);
    let structs = M::new(padded_struct(), int64(), 0);
    assert_eq!(structs.get::<_, i64>([0u8; 16]), None);
}

#[test]
fn float_complex_and_array_functions() {
    let p = |v: &[f64]| v.as_ptr().cast::<u8>();
    let q = |v: &[f32]| v.as_ptr().cast::<u8>();
    let t = ptr::null();
    // SAFETY: each pointer is to a value of the function's type.
    unsafe {
        assert_eq!(rgo_f64equal(t, p(&[0.0]), p(&[-0.0])), 1);
        assert_eq!(rgo_f64hash(t, p(&[0.0]), 1), rgo_f64hash(t, p(&[-0.0]), 1));
        assert_eq!(rgo_f64equal(t, p(&[f64::NAN]), p(&[f64::NAN])), 0);
        assert_ne!(
            rgo_f64hash(t, p(&[f64::NAN]), 1),
            rgo_f64hash(t, p(&[f64::NAN]), 1)
        );
        assert_eq!(rgo_f32hash(t, q(&[0.0]), 1), rgo_f32hash(t, q(&[-0.0]), 1));
        assert_eq!(rgo_c128equal(t, p(&[1.0, -0.0]), p(&[1.0, 0.0])), 1);
        assert_eq!(rgo_c128equal(t, p(&[1.0, 2.0]), p(&[2.0, 1.0])), 0);
        assert_eq!(
            rgo_c128hash(t, p(&[1.0, -0.0]), 5),
            rgo_c128hash(t, p(&[1.0, 0.0]), 5)
        );
        assert_ne!(
            rgo_c128hash(t, p(&[1.0, 2.0]), 5),
            rgo_c128hash(t, p(&[2.0, 1.0]), 5)
        );
        assert_eq!(rgo_c64equal(t, q(&[1.0, 2.0]), q(&[1.0, 2.0])), 1);
        let mut arr = desc(
            "[3]float64",
            24,
            8,
            KIND_ARRAY,
            0,
            rgo_generic_equal,
            rgo_generic_hash,
        );
        arr.elem = float64();
        arr.len = 3;
        let arr = leak(arr);
        let (a, b) = ([1.0, 0.0, 3.0], [1.0, -0.0, 3.0]);
        assert_eq!(rgo_generic_equal(arr, p(&a), p(&b)), 1);
        assert_eq!(
            rgo_generic_hash(arr, p(&a), 7),
            rgo_generic_hash(arr, p(&b), 7)
        );
        assert_eq!(rgo_generic_equal(arr, p(&a), p(&[1.0, 0.0, 4.0])), 0);
    }
}

#[test]
fn itab_interfaces_compare_dynamic_types() {
    let it = int64();
    let itab = Box::leak(Box::new(Itab {
        inter: eface(),
        typ: it,
        hash: 0,
        pad: 0,
        fun: [],
    }));
    let a = [
        itab as *const Itab as usize,
        Box::leak(Box::new(5i64)) as *const i64 as usize,
    ];
    let b = [
        itab as *const Itab as usize,
        Box::leak(Box::new(5i64)) as *const i64 as usize,
    ];
    // SAFETY: `a` and `b` are interface values with itabs.
    unsafe {
        let (pa, pb) = ((&raw const a).cast(), (&raw const b).cast());
        assert_eq!(rgo_ifaceequal(ptr::null(), pa, pb), 1);
        assert_eq!(
            rgo_ifacehash(ptr::null(), pa, 9),
            rgo_ifacehash(ptr::null(), pb, 9)
        );
    }
}

#[test]
fn fixed_sizes_agree_with_memhash() {
    let v: u64 = 0x0123_4567_89ab_cdef;
    let p = (&raw const v).cast::<u8>();
    let seed = 42;
    // SAFETY: `p` points to 8 readable bytes.
    unsafe {
        assert_eq!(
            rgo_memhash64(std::ptr::null(), p, seed),
            hash_bytes(&v.to_le_bytes(), seed)
        );
        assert_eq!(
            rgo_memhash32(std::ptr::null(), p, seed),
            hash_bytes(&v.to_le_bytes()[..4], seed)
        );
        assert_eq!(
            rgo_memhash8(std::ptr::null(), p, seed),
            hash_bytes(&v.to_le_bytes()[..1], seed)
        );
    }
}

#[test]
fn hash_depends_on_seed_length_and_every_byte() {
    let base = [7u8; 40];
    let mut seen = std::collections::HashSet::new();
    for n in 0..=40 {
        assert!(seen.insert(hash_bytes(&base[..n], 1)), "length {n}");
        assert_ne!(hash_bytes(&base[..n], 1), hash_bytes(&base[..n], 2));
        for i in 0..n {
            let mut b = base;
            b[i] ^= 0x10;
            assert_ne!(
                hash_bytes(&b[..n], 1),
                hash_bytes(&base[..n], 1),
                "n={n} i={i}"
            );
        }
    }
}

/// Sequential integers must spread evenly over both the low bits (H1,
/// H2) and the high bits (directory index).
#[test]
fn sequential_ints_spread_over_low_and_high_bits() {
    let n = 1 << 16;
    let mut low = vec![0u32; 256];
    let mut high = vec![0u32; 256];
    for i in 0..n as u64 {
        let h = hash_u64(i, 0x1234);
        low[(h & 0xff) as usize] += 1;
        high[(h >> 56) as usize] += 1;
    }
    let expect = n / 256;
    for b in low.iter().chain(&high) {
        assert!(
            (*b as i64 - expect as i64).abs() < expect as i64 / 4,
            "{b} vs {expect}"
        );
    }
}

#[test]
fn fastrand_varies() {
    let a: Vec<u64> = (0..100).map(|_| fastrand()).collect();
    let set: std::collections::HashSet<_> = a.iter().collect();
    assert_eq!(set.len(), 100);
}
