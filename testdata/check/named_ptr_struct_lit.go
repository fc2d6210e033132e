package main

type Inner struct{ n int }

type Outer struct {
	Inner
	a, b int
}

func (*Outer) m() int { return 0 }

func (Outer) v() int { return 1 }

type OP *Outer

type OPP **Outer

func main() {
	var p OP = &Outer{}
	_ = p.a + p.n
	_ = p.m() // ERROR "p\\.m undefined \\(type OP has no field or method m\\)"
	_ = p.v // ERROR "p\\.v undefined \\(type OP has no field or method v\\)"
	var q OPP
	_ = q.a // ERROR "q\\.a undefined \\(type OPP has no field or method a\\)"
	_ = Outer{Inner{}, a: 1} // ERROR "mixture of field:value and value elements in struct literal" "too few values in struct literal of type Outer"
	_ = Outer{Inner{}, "x"} // ERROR "cannot use \"x\" \\(untyped string constant\\) as int value in struct literal" "too few values in struct literal of type Outer"
	_ = Outer{Inner: Inner{}, 2} // ERROR "mixture of field:value and value elements in struct literal"
}
