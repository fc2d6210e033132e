//! Checks that `append` grows slices to exactly gc's capacities: the
//! expectation data/append_caps.stderr is the stderr of
//! data/append_caps.go run by go-ref; each op below models one of its
//! loops (element size, alignment, whether the type has pointers).

mod link_support;

use link_support::Op;

fn append(elem_size: i64, elem_align: i64, has_pointers: bool, count: i64) -> Op {
    Op::AppendCaps {
        elem_size,
        elem_align,
        has_pointers,
        count,
    }
}

fn ops() -> Vec<Op> {
    vec![
        append(1, 1, false, 5000),   // []byte
        append(8, 8, false, 5000),   // []int
        append(8, 8, true, 5000),    // []*int
        append(16, 8, true, 5000),   // []string
        append(12, 4, false, 5000),  // [][3]int32
        append(40, 8, true, 5000),   // struct{p *int; a [4]int64}
        append(1000, 8, false, 500), // [125]int64
        append(600, 8, true, 500),   // struct{p *int; a [74]int64}
        // append(make([]int, 0, 3), 1, ..., 7) and append([]byte{1}, 40 bytes...)
        Op::GrowOnce {
            len: 0,
            cap: 3,
            new_len: 7,
            elem_size: 8,
        },
        Op::GrowOnce {
            len: 1,
            cap: 1,
            new_len: 41,
            elem_size: 1,
        },
        link_support::call("rgo_print_nl", vec![]),
    ]
}

#[test]
fn append_capacities_match_gc() {
    let expected = include_str!("data/append_caps.stderr");
    for arch in link_support::test_arches() {
        let dir = link_support::scratch_dir(&format!("growslice-{arch}"));
        let exe = link_support::build(arch, &ops(), &dir, "caps");
        let out = link_support::run(arch, &exe, &[]);
        assert_eq!(String::from_utf8_lossy(&out.stderr), expected, "{arch}");
    }
}
