package main

type T struct{ x int }

func f() int { return 1 }
func g() T   { return T{} }

const c = 4

func main() {
	_ = &f() // ERROR "invalid operation: cannot take address of f\\(\\) \\(value of type int\\)"
	_ = &g().x // ERROR "invalid operation: cannot take address of g\\(\\)\\.x \\(value of type int\\)"
	_ = &c // ERROR "invalid operation: cannot take address of c \\(untyped int constant 4\\)"
	_ = &1 // ERROR "invalid operation: cannot take address of 1 \\(untyped int constant\\)"
	x := 2
	_ = &(x + 1) // ERROR "invalid operation: cannot take address of x \\+ 1 \\(value of type int\\)"
	s := "abc"
	_ = &s[0] // ERROR "invalid operation: cannot take address of s\\[0\\] \\(value of type byte\\)"
	_ = &len(s) // ERROR "invalid operation: cannot take address of len\\(s\\) \\(value of type int\\)"
	_ = &T{1}
	_ = &[]int{1}[0]
}
