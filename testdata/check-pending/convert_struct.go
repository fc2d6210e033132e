package main

type A struct {
	X int
	Y int
}

type B struct {
	X int
	Z int
}

type C struct {
	X int
	Y int
}

type D struct {
	X int64
	Y int
}

func main() {
	a := A{1, 2}
	_ = B(a) // ERROR "cannot convert a \\(variable of type A\\) to type B"
	_ = C(a)
	_ = D(a) // ERROR "cannot convert a \\(variable of type A\\) to type D"
	_ = int(a) // ERROR "cannot convert a \\(variable of type A\\) to type int"
	_ = A(5) // ERROR "cannot convert 5 \\(untyped int constant\\) to type A"
	var p *A = &a
	_ = (*B)(p) // ERROR "cannot convert p \\(variable of type \\*A\\) to type \\*B"
	_ = (*C)(p)
	_ = string(a) // ERROR "cannot convert a \\(variable of type A\\) to type string"
}
