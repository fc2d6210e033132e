//! Parse speed on the big generated program. Ignored by default (speed is
//! reported, never asserted): generate the input with
//! `python3 /work/shared/bench/genbig.py 1000 > /tmp/big.go`, then run
//! `cargo test --release -- --ignored parse_speed --nocapture`.

use rgo::source::FileId;
use rgo::syntax::parse_file;
use std::time::Instant;

#[test]
#[ignore]
fn parse_speed() {
    let path = std::env::var("RGO_BIG_GO").unwrap_or_else(|_| "/tmp/big.go".into());
    let Ok(src) = std::fs::read_to_string(&path) else {
        eprintln!("{path} not found; skipping");
        return;
    };
    let lines = src.lines().count();
    let mut best = f64::MAX;
    for _ in 0..3 {
        let start = Instant::now();
        let (_, diags) = parse_file(FileId(0), &src);
        best = best.min(start.elapsed().as_secs_f64());
        assert!(diags.is_empty(), "{:?}", diags.first());
    }
    println!(
        "{path}: {lines} lines in {best:.3}s = {:.0} lines/s",
        lines as f64 / best
    );
}
