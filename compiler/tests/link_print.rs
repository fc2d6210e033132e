//! Checks the runtime's `print` builtins byte for byte against gc: the
//! expectation data/print_values.stderr is the stderr of
//! data/print_values.go run by go-ref, and the ops below print the same
//! values in the same order.

mod link_support;

use link_support::{Arg, Op, call, s};

fn println(args: Vec<Op>) -> Vec<Op> {
    let mut ops = vec![];
    for (i, op) in args.into_iter().enumerate() {
        if i > 0 {
            ops.push(call("rgo_print_space", vec![]));
        }
        ops.push(op);
    }
    ops.push(call("rgo_print_nl", vec![]));
    ops
}

fn float(v: f64) -> Op {
    call("rgo_print_float", vec![Arg::F64(v)])
}

fn ops() -> Vec<Op> {
    let floats1 = [
        1.5,
        0.0,
        -0.0,
        -1.5,
        1e300,
        -1e-300,
        123456789.0,
        0.1,
        2.0 / 3.0,
    ];
    let floats2 = [
        f64::INFINITY,
        f64::NEG_INFINITY,
        f64::NAN,
        5e-324,
        f64::MAX,
        9.9999999,
        99999995.0,
        1e100,
        1e-5,
    ];
    let mut ops = println(floats1.map(float).to_vec());
    ops.extend(println(floats2.map(float).to_vec()));
    ops.extend(println(vec![
        call("rgo_print_complex", vec![Arg::F64(1.0), Arg::F64(2.0)]),
        call(
            "rgo_print_complex",
            vec![Arg::F64(-0.5), Arg::F64(f64::INFINITY)],
        ),
    ]));
    ops.extend(println(vec![
        call("rgo_print_bool", vec![Arg::U8(1)]),
        call("rgo_print_bool", vec![Arg::U8(0)]),
        call("rgo_print_int", vec![Arg::I64(42)]),
        call("rgo_print_int", vec![Arg::I64(-7)]),
        call("rgo_print_uint", vec![Arg::I64(-1)]),
        call("rgo_print_string", vec![s("str")]),
    ]));
    ops.extend(println(vec![call("rgo_print_pointer", vec![Arg::I64(0)])]));
    ops
}

#[test]
fn print_matches_gc() {
    let expected = include_str!("data/print_values.stderr");
    for arch in link_support::test_arches() {
        let dir = link_support::scratch_dir(&format!("print-{arch}"));
        let exe = link_support::build(arch, &ops(), &dir, "print");
        let out = link_support::run(arch, &exe, &[]);
        assert_eq!(String::from_utf8_lossy(&out.stderr), expected, "{arch}");
        assert_eq!(out.status.code(), Some(0));
    }
}
