//! Benchmarks, run with `cargo test --release -- --ignored bench --nocapture`.

use super::*;

/// Small maps stay in cache, so this measures the code rather than the
/// memory system.
#[test]
#[ignore]
fn bench_small_maps_in_cache() {
    use std::time::Instant;
    let rounds = 1000i64;
    let size = 1000i64;
    let t = Instant::now();
    let mut maps = vec![];
    for r in 0..rounds {
        let m = M::new(int64(), int64(), 0);
        for i in 0..size {
            m.set(i, r);
        }
        maps.push(m);
    }
    let ins = t.elapsed();
    let m = &maps[0];
    let t = Instant::now();
    let mut sum = 0i64;
    for _ in 0..rounds {
        for i in 0..size {
            // SAFETY: `m` is a map of the type.
            sum += unsafe { *(rgo_mapaccess1(m.mt, m.m, (&raw const i).cast()) as *const i64) };
        }
    }
    let look = t.elapsed();
    assert_eq!(sum, 0);
    let ops = (rounds * size) as f64;
    println!(
        "{size}-entry maps: insert (with growth from empty) {:.1} ns/op, lookup {:.1} ns/op",
        ins.as_nanos() as f64 / ops,
        look.as_nanos() as f64 / ops
    );
}

#[test]
#[ignore]
fn bench_int64_insert_and_lookup() {
    use std::time::Instant;
    for n in [1_000_000i64, 10_000_000] {
        let m = M::new(int64(), int64(), 0);
        let t = Instant::now();
        for i in 0..n {
            m.set(i.wrapping_mul(0x9E37_79B9_7F4A_7C15u64 as i64), i);
        }
        let ins = t.elapsed();
        let t = Instant::now();
        let mut sum = 0i64;
        for i in 0..n {
            // SAFETY: `m` is a map of the type.
            let k = i.wrapping_mul(0x9E37_79B9_7F4A_7C15u64 as i64);
            sum += unsafe { *(rgo_mapaccess1(m.mt, m.m, (&raw const k).cast()) as *const i64) };
        }
        let look = t.elapsed();
        assert_eq!(sum, (0..n).sum::<i64>());
        println!(
            "{n} int64 keys: insert {:.1} ns/op, lookup {:.1} ns/op",
            ins.as_nanos() as f64 / n as f64,
            look.as_nanos() as f64 / n as f64
        );
        let t = Instant::now();
        let mut h = HashMap::new();
        for i in 0..n {
            h.insert(i.wrapping_mul(0x9E37_79B9_7F4A_7C15u64 as i64), i);
        }
        let ins = t.elapsed();
        let t = Instant::now();
        let mut sum = 0i64;
        for i in 0..n {
            sum += h[&i.wrapping_mul(0x9E37_79B9_7F4A_7C15u64 as i64)];
        }
        let look = t.elapsed();
        assert_eq!(sum, (0..n).sum::<i64>());
        println!(
            "{n} int64 keys, std HashMap: insert {:.1} ns/op, lookup {:.1} ns/op",
            ins.as_nanos() as f64 / n as f64,
            look.as_nanos() as f64 / n as f64
        );
    }
}
