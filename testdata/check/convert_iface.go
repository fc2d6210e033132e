package main

type I interface{ M() }

type T struct{}

type S struct {
	f func(struct {
		x int "foo"
	})
}

type U struct {
	f func(struct {
		x int "bar"
	})
}

type A struct{ B }
type B struct {
	C
	D
}
type C struct{}
type D struct{}

func (C) F() {}
func (D) F() {}

func main() {
	_ = I(new(T)) // ERROR "cannot convert new\\(T\\) \\(value of type \\*T\\) to type I: \\*T does not implement I \\(missing method M\\)"
	p := new(I)
	var _ I = p // ERROR "cannot use p \\(variable of type \\*I\\) as I value in variable declaration: \\*I does not implement I \\(type \\*I is pointer to interface, not interface\\)"
	var u U
	_ = S(u)
	_ = A.F // ERROR "ambiguous selector A\\.F"
	_ = A.G // ERROR "A\\.G undefined \\(type A has no field or method G\\)"
	_ = T.M // ERROR "T\\.M undefined \\(type T has no field or method M\\)"
	var i I
	var n int = i // ERROR "cannot use i \\(variable of type I\\) as int value in variable declaration"
	var m T = i // ERROR "cannot use i \\(variable of type I\\) as T value in variable declaration"
	_, _ = n, m
}
