package main

type T struct{ x int }

func main() {
	n := 5
	n() // ERROR "invalid operation: cannot call non-function n \\(variable of type int\\)"
	s := "str"
	s(1) // ERROR "invalid operation: cannot call non-function s \\(variable of type string\\)"
	var t T
	t() // ERROR "invalid operation: cannot call non-function t \\(variable of type T\\)"
	t.x() // ERROR "invalid operation: cannot call non-function t\\.x \\(variable of type int\\)"
	f := func(a int, b string) bool { return a > 0 && b != "" }
	_ = f(1) // ERROR "not enough arguments in call to f"
	_ = f(1, "a", 2) // ERROR "too many arguments in call to f"
	_ = f("a", 1) // ERROR "cannot use \"a\" \\(untyped string constant\\) as int value in argument to f" "cannot use 1 \\(untyped int constant\\) as string value in argument to f"
	var g func()
	_ = g() // ERROR "g\\(\\) \\(no value\\) used as value"
}
