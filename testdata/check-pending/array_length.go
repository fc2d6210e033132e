package main

func main() {
	n := 3
	_ = n
	var a [n]int // ERROR "invalid array length n"
	var b [-1]int // ERROR "invalid array length -1 \\(untyped int constant\\)"
	var c [2.5]int // ERROR "array length 2\\.5 \\(untyped float constant\\) must be integer"
	var d [...]int // ERROR "invalid use of \\[\\.\\.\\.\\] array \\(outside a composite literal\\)"
	var e ["x"]int // ERROR "array length \"x\" \\(untyped string constant\\) must be integer"
	const m = 4
	var ok [m]int
	_, _, _, _, _, _ = a, b, c, d, e, ok
}
