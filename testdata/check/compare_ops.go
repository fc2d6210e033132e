package main

type C int

type I interface{ M() }

type T struct{ a []int }

type F func()

func main() {
	var c C
	var i I
	var e interface{}
	var t T
	var f F
	_ = c + 1.5 // ERROR "1\\.5 \\(untyped float constant\\) truncated to int"
	_ = c == "a" // ERROR "invalid operation: c == \"a\" \\(mismatched types C and untyped string\\)"
	_ = i == 1 // ERROR "cannot convert 1 \\(untyped int constant\\) to type interface\\{M\\(\\)\\}"
	_ = nil == nil // ERROR "invalid operation: nil == nil \\(operator == not defined on untyped nil\\)"
	_ = e == t // ERROR "invalid operation: e == t \\(struct containing \\[\\]int cannot be compared\\)"
	_ = e < 1 // ERROR "invalid operation: e < 1 \\(operator < not defined on interface\\)"
	_ = 1 < e // ERROR "invalid operation: 1 < e \\(operator < not defined on interface\\)"
	_ = [2]T{} == [2]T{} // ERROR "invalid operation: \\[2\\]T\\{\\} == \\[2\\]T\\{\\} \\(\\[2\\]T cannot be compared\\)"
	_ = c == nil // ERROR "invalid operation: c == nil \\(mismatched types C and untyped nil\\)"
	_ = f == F(nil) // ERROR "invalid operation: f == F\\(nil\\) \\(func can only be compared to nil\\)"
	_ = f == nil
	_ = e ^ 1 // ERROR "invalid operation: e \\^ 1 \\(mismatched types interface\\{\\} and int\\)"
	_ = 1 ^ e // ERROR "invalid operation: 1 \\^ e \\(mismatched types int and interface\\{\\}\\)"
	_ = _ == e // ERROR "cannot use _ as value or type"
}
