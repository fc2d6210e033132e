package main

type T struct{}

func main() {
	n := 5
	_ = len(n) // ERROR "invalid argument: n \\(variable of type int\\) for built-in len"
	_ = cap(n) // ERROR "invalid argument: n \\(variable of type int\\) for built-in cap"
	m := map[string]int{}
	_ = cap(m) // ERROR "invalid argument: m \\(variable of type map\\[string\\]int\\) for built-in cap"
	_ = len(m)
	_ = len() // ERROR "invalid operation: not enough arguments for len\\(\\) \\(expected 1, found 0\\)"
	_ = len("a", "b") // ERROR "invalid operation: too many arguments for len\\(\"a\", \"b\"\\) \\(expected 1, found 2\\)"
	var t T
	_ = len(t) // ERROR "invalid argument: t \\(variable of type T\\) for built-in len"
	p := &[3]int{}
	_ = len(p)
	s := "abc"
	_ = cap(s) // ERROR "invalid argument: s \\(variable of type string\\) for built-in cap"
	var pi *int
	_ = len(pi) // ERROR "invalid argument: pi \\(variable of type \\*int\\) for built-in len"
}
