package main

import "unsafe"

type T struct{ n int }

type PT *T

type I interface{ M() }

type E1 struct {
	PT // ERROR "embedded field type cannot be a pointer"
}

type E2 struct {
	unsafe.Pointer // ERROR "embedded field type cannot be unsafe\\.Pointer"
}

type E3 struct {
	*I // ERROR "embedded field type cannot be a pointer to an interface"
}

type E4 struct {
	*T
	I
}

func main() {
	var e E4
	_ = e.n
	var a E1
	var b E2
	var c E3
	_, _, _ = a, b, c
}
