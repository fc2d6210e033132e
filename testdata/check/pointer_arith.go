package main

func main() {
	x := 1
	p := &x
	_ = p + 1 // ERROR "invalid operation: p \\+ 1 \\(mismatched types \\*int and untyped int\\)"
	p++ // ERROR "invalid operation: p\\+\\+ \\(non-numeric type \\*int\\)"
	_ = p - p // ERROR "invalid operation: operator - not defined on p \\(variable of type \\*int\\)"
	var q *int
	_ = p < q // ERROR "invalid operation: p < q \\(operator < not defined on pointer\\)"
	var f *float64
	_ = p == f // ERROR "invalid operation: p == f \\(mismatched types \\*int and \\*float64\\)"
	_ = p == q
	_ = -p // ERROR "invalid operation: operator - not defined on p \\(variable of type \\*int\\)"
}
