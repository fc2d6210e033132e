//! Tests of the escape analysis (compiler/src/ir/escape): for small
//! functions, which allocations may live in the frame and which must go to
//! the heap, in the spirit of gc's `-m` tests. The golden programs
//! (testdata/run/escape_*.go) check that the programs still behave; these
//! check that the analysis is neither too timid nor too bold.

use rgo::ir::escape::{Verdict, verdicts};

const PROGRAM: &str = r#"
package main

type T struct{ v int }
type N struct{ next *N }
type I interface{ M() }

func (t *T) M() {}

var g *T
var sink any

func local() int { p := &T{1}; return p.v }
func ret() *T { return &T{2} }
func glob() { g = &T{} }
func leak(p *T) { g = p }
func callsLeak() { t := T{}; leak(&t) }
func read(p *T) int { return p.v }
func callsRead() int { t := T{}; return read(&t) }
func through(p *T) *T { return p }
func callsThrough() int { t := T{}; return through(&t).v }

func chainLocal() int {
	var h *N
	for i := 0; i < 3; i++ {
		h = &N{next: h}
	}
	c := 0
	for ; h != nil; h = h.next {
		c++
	}
	return c
}

func fresh() int {
	s := 0
	for i := 0; i < 3; i++ {
		p := &T{i}
		s += p.v
	}
	return s
}

func deferLoop() int {
	x := 0
	for i := 0; i < 2; i++ {
		defer func() { x++ }()
	}
	return x
}

func deferOnce() (r int) {
	defer func() { r++ }()
	return 1
}

func counter() int {
	c := 0
	inc := func() { c++ }
	inc()
	inc()
	return c
}

func counterOut() func() int {
	c := 0
	return func() int { c++; return c }
}

func keepFirst(xs ...any) { sink = xs[0] }
func callsKeep() { v := T{}; keepFirst(&v) }

func viaIface() { t := &T{}; var i I = t; i.M() }
func big() int { a := new([100000]int); return a[0] }
func callF(f func(*T)) { t := T{}; f(&t) }

func apply(f func(int) int) int { return f(1) }
func capturedByArg() int { k := 3; return apply(func(x int) int { return x + k }) }

func main() {}
"#;

fn of(all: &[(String, String, Verdict)], func: &str, ty: &str) -> Vec<Verdict> {
    all.iter()
        .filter(|(f, t, _)| f == func && t == ty)
        .map(|(_, _, v)| *v)
        .collect()
}

#[test]
fn verdicts_on_small_functions() {
    let (m, tt) = rgo::driver::lower_source("escape.go", PROGRAM).expect("the program compiles");
    let all = verdicts(&m, &tt);
    use Verdict::*;
    let closure_int = "struct{F uintptr; X0 *int}";
    let cases: &[(&str, &str, &[Verdict])] = &[
        ("main.local", "T", &[Stack]),
        ("main.ret", "T", &[Escapes]),
        ("main.glob", "T", &[Escapes]),
        ("main.callsLeak", "T", &[Escapes]),
        ("main.callsRead", "T", &[Stack]),
        ("main.callsThrough", "T", &[Escapes]),
        ("main.chainLocal", "N", &[LiveAcrossIterations]),
        ("main.fresh", "T", &[Stack]),
        ("main.deferLoop", closure_int, &[DeferredInLoop]),
        ("main.deferLoop", "int", &[Stack]),
        ("main.deferOnce", closure_int, &[Stack]),
        ("main.deferOnce", "int", &[Stack]),
        ("main.counter", closure_int, &[Stack]),
        ("main.counter", "int", &[Stack]),
        ("main.counterOut", closure_int, &[Escapes]),
        ("main.counterOut", "int", &[Escapes]),
        ("main.callsKeep", "[1]interface{}", &[Stack]),
        ("main.callsKeep", "T", &[Escapes]),
        ("main.viaIface", "T", &[Escapes]),
        ("main.big", "[100000]int", &[Size]),
        ("main.callF", "T", &[Escapes]),
        ("main.capturedByArg", closure_int, &[Stack]),
        ("main.capturedByArg", "int", &[Stack]),
    ];
    let mut wrong = Vec::new();
    for (func, ty, want) in cases {
        let got = of(&all, func, ty);
        if got != *want {
            wrong.push(format!("{func} new({ty}): want {want:?}, got {got:?}"));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
