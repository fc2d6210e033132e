package main

type T struct{}

type Slice []int

func (s Slice) Len() int { return len(s) }

func (u Undefined) M() {} // ERROR "undefined: Undefined"

func (T) Recv(a int, a string) {} // ERROR "a redeclared in this block"

func (t T) Shadow(t int) {} // ERROR "t redeclared in this block"

func (s Slice) Len2() int { return s.Len() + s.Cap() } // ERROR "s\\.Cap undefined \\(type Slice has no field or method Cap\\)"

func main() {
	var s Slice
	_ = s.Len()
	var t T
	t.Recv(1, "a")
}
