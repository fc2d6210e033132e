package main

type T struct {
	A int
	B string
	C bool
}

func main() {
	_ = T{A: 1, Z: 2} // ERROR "unknown field Z in struct literal of type T"
	_ = T{A: 1, "b", true} // ERROR "mixture of field:value and value elements in struct literal"
	_ = T{1, "b"} // ERROR "too few values in struct literal of type T"
	_ = T{1, "b", true, 4} // ERROR "too many values in struct literal of type T"
	_ = T{A: 1, A: 2} // ERROR "duplicate field name A in struct literal"
	_ = T{B: 3} // ERROR "cannot use 3 \\(untyped int constant\\) as string value in struct literal"
	_ = T{1, 2, true} // ERROR "cannot use 2 \\(untyped int constant\\) as string value in struct literal"
	_ = &T{C: 1} // ERROR "cannot use 1 \\(untyped int constant\\) as bool value in struct literal"
}
