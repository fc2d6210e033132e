//! Tests of map iteration: randomized order and Go's rules for maps
//! modified during a loop, including growth.

use super::*;

#[test]
fn iterator_is_twelve_words() {
    assert_eq!(size_of::<MapIter>(), 96);
}

#[test]
fn nan_keys_survive_growth_during_iteration() {
    let m = M::new(float64(), int64(), 0);
    for i in 0..5 {
        m.set(f64::NAN, i as i64);
    }
    let mut seen = vec![];
    let mut next = 1.0f64;
    m.each(|k, v| {
        let k = unsafe { *(k as *const f64) };
        if k.is_nan() {
            seen.push(unsafe { *(v as *const i64) });
        }
        for _ in 0..100 {
            m.set(next, 0i64);
            next += 1.0;
        }
    });
    seen.sort();
    assert_eq!(seen, [0, 1, 2, 3, 4]);
}

#[test]
fn delete_during_iteration() {
    let m = M::new(int64(), int64(), 0);
    let n = 20_000i64;
    for i in 0..n {
        m.set(i, i);
    }
    let mut seen = HashSet::new();
    let mut deleted = HashSet::new();
    m.each(|k, _| {
        let k = unsafe { *(k as *const i64) };
        assert!(!deleted.contains(&k), "{k} produced after its deletion");
        assert!(seen.insert(k), "{k} produced twice");
        let victim = (k * 7919 + 13) % n;
        if !seen.contains(&victim) {
            m.del(victim);
            deleted.insert(victim);
        }
    });
    for i in 0..n {
        assert_eq!(seen.contains(&i), !deleted.contains(&i), "key {i}");
    }
    assert_eq!(m.len() as usize, n as usize - deleted.len());
}

#[test]
fn insert_with_growth_during_iteration() {
    let m = M::new(int64(), int64(), 0);
    let n = 1000i64;
    for i in 0..n {
        m.set(i, i);
    }
    let mut seen = HashSet::new();
    let mut next = n;
    m.each(|k, v| {
        let k = unsafe { *(k as *const i64) };
        assert!(seen.insert(k), "{k} produced twice");
        assert_eq!(unsafe { *(v as *const i64) }, k);
        // Produced new entries add more, so stop adding at some point.
        for _ in 0..50 {
            if next < 200_000 {
                m.set(next, next);
                next += 1;
            }
        }
    });
    assert!((0..n).all(|i| seen.contains(&i)));
    assert!(next > 100_000, "the map grew a lot: {next}");
    assert_eq!(m.len(), next);
}

#[test]
fn updates_during_iteration_after_growth_are_visible() {
    for start in [5i64, 500, 5000] {
        let m = M::new(int64(), int64(), 0);
        for i in 0..start {
            m.set(i, 0i64);
        }
        let mut first = None;
        let mut values = HashMap::new();
        m.each(|k, v| {
            let k = unsafe { *(k as *const i64) };
            if first.is_none() {
                first = Some(k);
                for i in 0..start {
                    m.set(i, i + 1);
                }
                for i in 1_000_000..1_100_000i64 {
                    m.set(i, 0i64);
                }
            }
            assert!(
                values.insert(k, unsafe { *(v as *const i64) }).is_none(),
                "{k} twice"
            );
        });
        for k in (0..start).filter(|&k| Some(k) != first) {
            assert_eq!(values.get(&k), Some(&(k + 1)), "key {k}");
        }
    }
}

/// Maps whose tables have split unevenly have directory runs longer than
/// one, where a random start can land mid-run.
#[test]
fn every_iteration_produces_each_entry_once() {
    let m = M::new(int64(), int64(), 0);
    let mut n = 0i64;
    for size in (500..12_000).step_by(500) {
        while n < size {
            m.set(n, n);
            n += 1;
        }
        for _ in 0..20 {
            let mut seen = HashSet::new();
            m.each(|k, _| assert!(seen.insert(unsafe { *(k as *const i64) })));
            assert_eq!(seen.len() as i64, n);
        }
    }
}

#[test]
fn iteration_order_is_randomized() {
    let m = M::new(int64(), int64(), 0);
    for i in 0..5000i64 {
        m.set(i, i);
    }
    let a = m.entries::<i64, i64>();
    let b = m.entries::<i64, i64>();
    assert_ne!(a, b);
    let set = |v: &[(i64, i64)]| v.iter().copied().collect::<HashSet<_>>();
    assert_eq!(set(&a), set(&b));
    assert_eq!(a.len(), 5000);
    let small = M::new(int64(), int64(), 0);
    for i in 0..5i64 {
        small.set(i, i);
    }
    let firsts: HashSet<i64> = (0..100).map(|_| small.entries::<i64, i64>()[0].0).collect();
    assert!(firsts.len() > 1, "small maps start at a random slot too");
}

/// A random mix of operations, checked against a std HashMap, with
/// iterations that mutate the map while checking Go's rules.
#[test]
fn random_operations_match_a_model() {
    let mut rng = 0x1234_5678u64;
    let mut rand = move |n: u64| {
        rng ^= rng << 13;
        rng ^= rng >> 7;
        rng ^= rng << 17;
        rng % n
    };
    for round in 0..40 {
        let range = [16, 300, 5000, 100_000][round % 4];
        let m = M::new(int64(), int64(), 0);
        let mut model = HashMap::new();
        for _ in 0..20_000 {
            let k = rand(range) as i64;
            match rand(10) {
                0..=4 => {
                    let v = rand(1 << 40) as i64;
                    m.set_checking_zero(k, v, !model.contains_key(&k));
                    model.insert(k, v);
                }
                5..=7 => {
                    m.del(k);
                    model.remove(&k);
                }
                _ => assert_eq!(m.get(k), model.get(&k).copied()),
            }
        }
        assert_eq!(m.len() as usize, model.len());
        let before = model.clone();
        let mut seen = HashSet::new();
        let mut deleted = HashSet::new();
        let mut recreated = HashSet::new();
        m.each(|k, v| {
            let (k, v) = unsafe { (*(k as *const i64), *(v as *const i64)) };
            // A key deleted and added again is a new entry, which may be
            // produced again; nothing else may be.
            assert!(seen.insert(k) || recreated.remove(&k), "{k} twice");
            assert_eq!(model.get(&k), Some(&v), "{k} produced but not in the map");
            for _ in 0..3 {
                let k2 = rand(range * 2) as i64;
                if rand(2) == 0 {
                    m.set_checking_zero(k2, k2, !model.contains_key(&k2));
                    if model.insert(k2, k2).is_none() && seen.contains(&k2) {
                        recreated.insert(k2);
                    }
                } else {
                    m.del(k2);
                    model.remove(&k2);
                    deleted.insert(k2);
                }
            }
        });
        for k in before.keys().filter(|k| !deleted.contains(k)) {
            assert!(
                seen.contains(k),
                "{k} was in the map throughout but not produced"
            );
        }
        assert_eq!(m.len() as usize, model.len());
        for (k, v) in &model {
            assert_eq!(m.get(*k), Some(*v));
        }
    }
}
