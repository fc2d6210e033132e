package main

type T struct {
	a, b int
	E
}

type E struct{}

func (T) b() {} // ERROR "field and method with the same name b"

func (*T) E() {} // ERROR "field and method with the same name E"

type I interface{ m() int }

type U int

var _ I = U(0)

func (U) m(buf []byte) (a int, b missing) { return 0, nil } // ERROR "undefined: missing"

func main() {
	var x T
	_ = x.b
	x.b()
	x.E()
	var u U
	u.m(nil)
}
