package main

type T struct{ x int }

func val() int { return 1 }

func main() {
	x := 5
	_ = *x // ERROR "invalid operation: cannot indirect x \\(variable of type int\\)"
	*x = 3 // ERROR "invalid operation: cannot indirect x \\(variable of type int\\)"
	s := "abc"
	_ = *s // ERROR "invalid operation: cannot indirect s \\(variable of type string\\)"
	var t T
	_ = *t // ERROR "invalid operation: cannot indirect t \\(variable of type T\\)"
	_ = *val() // ERROR "invalid operation: cannot indirect val\\(\\) \\(value of type int\\)"
	p := &x
	_ = **p // ERROR "invalid operation: cannot indirect \\*p \\(variable of type int\\)"
	_ = *nil // ERROR "invalid operation: cannot indirect nil"
}
