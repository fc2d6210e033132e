//! Tests of basic map operations: insert, lookup, delete, clear and clone
//! over the key shapes the compiler produces.

use super::*;

#[test]
fn nil_map_reads_as_empty() {
    let mt = map_type(int64(), int64());
    let m = M {
        mt,
        m: ptr::null_mut(),
    };
    assert_eq!(m.get::<i64, i64>(5), None);
    assert_eq!(m.len(), 0);
    m.del(5i64);
    assert!(m.entries::<i64, i64>().is_empty());
    // SAFETY: clearing and cloning a nil map are no-ops.
    unsafe {
        rgo_mapclear(mt, ptr::null_mut());
        assert!(rgo_mapclone(mt, ptr::null()).is_null());
    }
}

#[test]
fn million_int_keys() {
    let m = M::new(int64(), int64(), 0);
    let n = 1_000_000i64;
    for i in 1..=n {
        m.set(i, i * 3);
    }
    assert_eq!(m.len(), n);
    for i in 1..=n {
        assert_eq!(m.get(i), Some(i * 3));
    }
    assert_eq!(m.get::<i64, i64>(0), None);
    assert_eq!(m.get::<i64, i64>(n + 1), None);
    for i in (1..=n).step_by(2) {
        m.del(i);
    }
    assert_eq!(m.len(), n / 2);
    for i in 1..=n {
        assert_eq!(m.get(i), (i % 2 == 0).then_some(i * 3));
    }
    let mut sum = 0;
    m.each(|_, v| sum += unsafe { *(v as *const i64) });
    assert_eq!(
        sum,
        (1..=n).filter(|i| i % 2 == 0).map(|i| i * 3).sum::<i64>()
    );
    for i in 1..=n {
        m.del(i);
    }
    assert_eq!(m.len(), 0);
}

#[test]
fn hint_presizes_and_negative_hint_is_ignored() {
    let m = M::new(int64(), int64(), 100_000);
    // SAFETY: `m` is a map.
    let gd = unsafe { (*m.m).global_depth };
    assert_eq!(gd, 7, "100000 entries need 128 full tables");
    for i in 0..100_000i64 {
        m.set(i, -i);
    }
    assert_eq!(unsafe { (*m.m).global_depth }, gd, "no growth needed");
    assert_eq!(m.get(99_999i64), Some(-99_999i64));
    let m = M::new(int64(), int64(), -1);
    m.set(1i64, 2i64);
    assert_eq!(m.get(1i64), Some(2i64));
    let m = M::new(int64(), int64(), i64::MAX);
    m.set(1i64, 2i64);
    assert_eq!(m.get(1i64), Some(2i64));
}

#[test]
fn string_keys() {
    let m = M::new(string(), int64(), 0);
    for i in 0..50_000i64 {
        m.set(go_str(&format!("key-{i}")), i);
    }
    m.set(go_str(""), -1i64);
    assert_eq!(m.len(), 50_001);
    for i in 0..50_000i64 {
        assert_eq!(m.get(go_str(&format!("key-{i}"))), Some(i));
    }
    assert_eq!(m.get(go_str("")), Some(-1i64));
    assert_eq!(m.get::<_, i64>(go_str("key-50000")), None);
    m.del(go_str("key-7"));
    assert_eq!(m.get::<_, i64>(go_str("key-7")), None);
    assert_eq!(m.len(), 50_000);
}

#[test]
fn float_keys_nan_and_signed_zero() {
    let m = M::new(float64(), int64(), 0);
    for i in 0..3 {
        m.set(f64::NAN, i as i64);
    }
    assert_eq!(m.len(), 3);
    assert_eq!(m.get::<_, i64>(f64::NAN), None);
    m.del(f64::NAN);
    assert_eq!(m.len(), 3);
    m.set(-0.0f64, 10i64);
    m.set(0.0f64, 11i64);
    assert_eq!(m.len(), 4);
    assert_eq!(m.get(-0.0f64), Some(11i64));
    let entries = m.entries::<f64, i64>();
    let mut nan_values: Vec<i64> = entries
        .iter()
        .filter(|e| e.0.is_nan())
        .map(|e| e.1)
        .collect();
    nan_values.sort();
    assert_eq!(nan_values, [0, 1, 2]);
    let zero = entries.iter().find(|e| e.0 == 0.0).unwrap();
    assert!(
        zero.0.is_sign_positive(),
        "assigning +0 updates the stored key"
    );
    // SAFETY: `m` is a map of the type.
    unsafe { rgo_mapclear(m.mt, m.m) };
    assert_eq!(m.len(), 0);
    assert!(m.entries::<f64, i64>().is_empty());
    m.set(1.5f64, 1i64);
    assert_eq!(m.entries::<f64, i64>(), [(1.5, 1)]);
}

#[test]
fn clear_empties_and_keeps_working() {
    let m = M::new(int64(), int64(), 0);
    for i in 0..10_000i64 {
        m.set(i, i);
    }
    let mut count = 0;
    m.each(|_, _| {
        count += 1;
        if count == 10 {
            unsafe { rgo_mapclear(m.mt, m.m) };
            m.set(-1i64, -1i64);
        }
    });
    assert!(
        count <= 11,
        "nothing from before the clear after it: {count}"
    );
    assert_eq!(m.len(), 1);
    unsafe { rgo_mapclear(m.mt, m.m) };
    assert_eq!(m.len(), 0);
    assert!(m.entries::<i64, i64>().is_empty());
    for i in 0..100i64 {
        m.set(i, i + 1);
    }
    assert_eq!(m.get(42i64), Some(43i64));
}

#[test]
fn zero_sized_keys_and_values() {
    let set = M::new(int64(), empty_struct(), 0);
    for i in 0..1000i64 {
        set.set(i, ());
    }
    assert_eq!(set.len(), 1000);
    assert_eq!(set.get::<i64, ()>(999), Some(()));
    assert_eq!(set.get::<i64, ()>(1000), None);
    let one = M::new(empty_struct(), int64(), 0);
    one.set((), 1i64);
    one.set((), 2i64);
    assert_eq!(one.len(), 1);
    assert_eq!(one.get((),), Some(2i64));
    assert_eq!(one.entries::<(), i64>(), [((), 2)]);
    one.del(());
    assert_eq!(one.len(), 0);
}

#[test]
fn struct_keys_ignore_padding_and_blank_fields() {
    let m = M::new(padded_struct(), int64(), 0);
    let key = |a: u8, junk: u8, b: i64| {
        let mut k = [junk; 16];
        k[0] = a;
        k[8..].copy_from_slice(&b.to_le_bytes());
        k
    };
    m.set(key(1, 0, 100), 1i64);
    m.set(key(2, 0, 100), 2i64);
    assert_eq!(m.get(key(1, 0xAA, 100)), Some(1i64));
    assert_eq!(m.get(key(2, 0x55, 100)), Some(2i64));
    assert_eq!(m.get::<_, i64>(key(1, 0, 101)), None);
    assert_eq!(m.len(), 2);
}

#[test]
fn clone_is_independent() {
    let m = M::new(int64(), int64(), 0);
    for i in 0..3000i64 {
        m.set(i, i);
    }
    // SAFETY: `m` is a map of the type.
    let c = M {
        mt: m.mt,
        m: unsafe { rgo_mapclone(m.mt, m.m) },
    };
    m.set(0i64, 100i64);
    c.del(1i64);
    assert_eq!((m.len(), c.len()), (3000, 2999));
    assert_eq!((m.get(0i64), c.get(0i64)), (Some(100i64), Some(0i64)));
    assert_eq!((m.get(1i64), c.get::<i64, i64>(1)), (Some(1i64), None));
}
