package main

import "unsafe"

type T struct {
	a int
	b string
}

func (T) M() {}

func main() {
	var t T
	x := 1
	_ = unsafe.Offsetof(x) // ERROR "invalid argument: x is not a selector expression"
	_ = unsafe.Offsetof(t.M) // ERROR "invalid argument: t\\.M is a method value"
	_ = unsafe.Offsetof(t.c) // ERROR "invalid argument: T has no single field c"
	_ = unsafe.Sizeof(int) // ERROR "int \\(type\\) is not an expression"
	_ = unsafe.Sizeof(T) // ERROR "T \\(type\\) is not an expression"
	_ = unsafe.Alignof(x, x) // ERROR "invalid operation: too many arguments for unsafe\\.Alignof\\(x, x\\) \\(expected 1, found 2\\)"
	_ = unsafe.Sizeof() // ERROR "invalid operation: not enough arguments for unsafe\\.Sizeof\\(\\) \\(expected 1, found 0\\)"
	_ = unsafe.Offsetof(t.b)
	_ = unsafe.Nope(x) // ERROR "undefined: unsafe\\.Nope"
	_ = unsafe.Offsetof(T.a) // ERROR "T \\(type\\) is not an expression"
}
