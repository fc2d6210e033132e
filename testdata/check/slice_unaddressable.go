package main

type A [3]byte

func arr() A { return A{} }

func main() {
	m := map[string][2]int{}
	_ = m["k"][:] // ERROR "invalid operation: m\\[\"k\"\\] \\(map index expression of type \\[2\\]int\\) \\(slice of unaddressable value\\)"
	_ = arr()[1:] // ERROR "invalid operation: arr\\(\\) \\(value of type A\\) \\(slice of unaddressable value\\)"
	_ = A{}[:2] // ERROR "invalid operation: A\\{\\} \\(value of type A\\) \\(slice of unaddressable value\\)"
	s := "abc"
	_ = s[0:1:2] // ERROR "invalid operation: 3-index slice of string"
	_ = m["k"]
}
