//! Tests of the inliner (compiler/src/ir/inline.rs): which direct calls
//! it replaces by the callee's body. The golden program
//! testdata/run/inline_calls.go checks that inlined code still behaves.

use rgo::ir::inline::inline_small_calls;

const PROGRAM: &str = r#"
package main

func add(a, b int) int { return a + b }

func big(x int) int {
	for i := 0; i < 10; i++ {
		x = x*3 + i
		x ^= x >> 3
		x += i * i
		x -= x / 7
		x = x*5 + i
		x ^= x << 2
		x += i * 3
		x -= x / 9
		x = x*7 + i
		x ^= x >> 5
		x += i * 11
		x -= x / 13
	}
	return x
}

func rescue() (r any) {
	defer func() { r = recover() }()
	return nil
}

func self(n int) int {
	if n == 0 {
		return 0
	}
	return self(n - 1)
}

func caller() int { return add(1, 2) + big(3) + self(4) }

func counted() int {
	c := 0
	inc := func() { c++ }
	inc()
	inc()
	return c
}

func either(b bool) int {
	f := func() int { return 1 }
	if b {
		f = func() int { return 2 }
	}
	return f()
}
func withRescue() any { return rescue() }
func main() {}
"#;

/// The text of function `name` after inlining.
fn body_after_inlining(name: &str) -> String {
    let (mut m, tt) = rgo::driver::lower_source("inline.go", PROGRAM).expect("lowers");
    inline_small_calls(&mut m);
    let text = rgo::ir::print::print_module(&m, &tt);
    let header = format!("func main.{name}(");
    let body: String = text
        .split("\n\n")
        .find(|f| f.trim_start().starts_with(&header))
        .unwrap_or_else(|| panic!("no function {name}"))
        .to_string();
    body
}

/// The direct calls left in function `name` after inlining.
fn calls_after_inlining(name: &str) -> Vec<String> {
    body_after_inlining(name)
        .lines()
        .filter_map(|l| l.split_once("call main.").map(|(_, c)| c.to_string()))
        .map(|c| c.split('(').next().unwrap_or("").to_string())
        .collect()
}

#[test]
fn small_callees_are_inlined_and_large_ones_called() {
    let calls = calls_after_inlining("caller");
    assert!(
        !calls.contains(&"add".to_string()),
        "add was not inlined: {calls:?}"
    );
    assert!(
        calls.contains(&"big".to_string()),
        "big was inlined: {calls:?}"
    );
}

#[test]
fn recursion_is_inlined_one_level_only() {
    // self is inlined into caller, where its own recursive call remains.
    assert_eq!(
        calls_after_inlining("caller")
            .iter()
            .filter(|c| *c == "self")
            .count(),
        1
    );
    // Into itself, never.
    assert_eq!(calls_after_inlining("self"), vec!["self".to_string()]);
}

#[test]
fn functions_with_defer_or_recover_keep_their_frame() {
    assert_eq!(
        calls_after_inlining("withRescue"),
        vec!["rescue".to_string()]
    );
}

#[test]
fn calls_of_a_known_closure_are_inlined() {
    let body = body_after_inlining("counted");
    assert_eq!(body.matches("call closure[").count(), 0, "{body}");
    // A variable that may hold either of two functions still dispatches.
    let body = body_after_inlining("either");
    assert_eq!(body.matches("call closure[").count(), 1, "{body}");
}
