package main

// ~ is a type-set operator: in an expression it is an error, with a hint
// at the bitwise complement.

func main() {
	x := 1
	_ = ~x	// ERROR "cannot use ~ outside of interface or type constraint \\(use \\^ for bitwise complement\\)"
	y := 2
	_ = -(~y)	// ERROR "cannot use ~ outside of interface or type constraint"
}
