//! Checks the runtime's panics against gc: for each case of
//! data/panics.go, the recorded first line of gc's stderr and its exit
//! status (data/panics.stderr) must match what the runtime prints when the
//! corresponding runtime function is called — or, for `nil`, when the
//! program really dereferences a nil pointer and faults.

mod link_support;

use link_support::{Arg, Op, call};
use rgo::target::Arch;

fn bounds(kind: i64, x: i64, y: i64) -> Op {
    call(
        "rgo_panic_bounds",
        vec![Arg::I64(kind), Arg::I64(x), Arg::I64(y)],
    )
}

/// Descriptors of predeclared types (reflect kinds: bool 1, int 2,
/// float64 14, string 24).
const BOOL: Arg = Arg::Desc {
    kind: 1,
    size: 1,
    align: 1,
};
const INT: Arg = Arg::Desc {
    kind: 2,
    size: 8,
    align: 8,
};
const FLOAT64: Arg = Arg::Desc {
    kind: 14,
    size: 8,
    align: 8,
};
const STRING: Arg = Arg::Desc {
    kind: 24,
    size: 16,
    align: 8,
};

/// `panic(v)` for `v` of the type `desc` stored at `value`.
fn gopanic(desc: Arg, value: Arg) -> Op {
    call("rgo_gopanic", vec![desc, value])
}

fn case(name: &str) -> Vec<Op> {
    let op = match name {
        "index" => call("rgo_panic_index", vec![Arg::I64(5), Arg::I64(3)]),
        "index_neg" => call("rgo_panic_index", vec![Arg::I64(-1), Arg::I64(3)]),
        "index_unsigned" => call(
            "rgo_panic_bounds_unsigned",
            vec![Arg::I64(0), Arg::I64(-1), Arg::I64(3)],
        ),
        "slice_alen" => bounds(1, 5, 3),
        "slice_acap" => bounds(2, 6, 5),
        "slice_b" => bounds(3, 3, 2),
        "slice_b_neg" => bounds(3, -1, 3),
        "slice3_acap" => bounds(5, 6, 5),
        "slice3_b" => bounds(6, 3, 2),
        "slice3_c" => bounds(7, 3, 2),
        "convert" => bounds(8, 4, 3),
        "divide" => call("rgo_panic_divide", vec![]),
        // p.x[1] with p == nil reads address 8.
        "nil" => Op::Load(8),
        "string" => gopanic(STRING, Arg::StrHeader("boom\nsecond line".into())),
        "int" => gopanic(INT, Arg::Bytes((-42i64).to_le_bytes().to_vec())),
        "float" => gopanic(FLOAT64, Arg::Bytes(1.5f64.to_le_bytes().to_vec())),
        "bool" => gopanic(BOOL, Arg::Bytes(vec![1])),
        "makeslice_len" => call(
            "rgo_makeslice",
            vec![Arg::Out, Arg::I64(-1), Arg::I64(-1), INT],
        ),
        "makeslice_cap" => call(
            "rgo_makeslice",
            vec![Arg::Out, Arg::I64(1), Arg::I64(-1), INT],
        ),
        _ => panic!("no ops for case {name}"),
    };
    vec![op]
}

#[test]
fn panics_match_gc() {
    let expected = include_str!("data/panics.stderr");
    for arch in link_support::test_arches() {
        let dir = link_support::scratch_dir(&format!("panic-{arch}"));
        for line in expected.lines() {
            let mut fields = line.splitn(3, ' ');
            let (name, status, first) = (
                fields.next().unwrap(),
                fields.next().unwrap(),
                fields.next().unwrap(),
            );
            let exe = link_support::build(arch, &case(name), &dir, name);
            let out = link_support::run(arch, &exe, &[]);
            let stderr = String::from_utf8_lossy(&out.stderr);
            assert_eq!(
                stderr.lines().next(),
                Some(first),
                "{arch} {name}: {stderr}"
            );
            assert_eq!(out.status.code(), status.parse().ok(), "{arch} {name}");
            assert!(
                stderr.contains("\n\ngoroutine 1 [running]:\n"),
                "{arch} {name}: {stderr}"
            );
        }
    }
}

#[test]
fn string_panics_indent_continuation_lines() {
    let arch = Arch::host();
    let dir = link_support::scratch_dir("panic-indent");
    let exe = link_support::build(arch, &case("string"), &dir, "string");
    let out = link_support::run(arch, &exe, &[]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.starts_with("panic: boom\n\tsecond line\n\ngoroutine 1"),
        "{stderr}"
    );
}

#[test]
fn nil_fault_reports_the_signal_like_gc() {
    for arch in link_support::test_arches() {
        let dir = link_support::scratch_dir(&format!("panic-nil-{arch}"));
        let exe = link_support::build(arch, &case("nil"), &dir, "nil");
        let out = link_support::run(arch, &exe, &[]);
        let stderr = String::from_utf8_lossy(&out.stderr);
        let second = stderr.lines().nth(1).unwrap_or("");
        assert!(
            second.starts_with("[signal SIGSEGV: segmentation violation code=0x1 addr=0x8 pc=0x"),
            "{arch}: {stderr}"
        );
    }
}

#[test]
fn wild_fault_is_a_fatal_error() {
    for arch in link_support::test_arches() {
        let dir = link_support::scratch_dir(&format!("panic-fault-{arch}"));
        let exe = link_support::build(arch, &[Op::Load(0x7000_0000_0000)], &dir, "fault");
        let out = link_support::run(arch, &exe, &[]);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(
            stderr.starts_with(
                "unexpected fault address 0x700000000000\nfatal error: fault\n[signal SIGSEGV"
            ),
            "{arch}: {stderr}"
        );
        assert_eq!(out.status.code(), Some(2));
    }
}
