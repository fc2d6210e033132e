package main

type I interface{ M() }

type T struct{}

func (T) M() {}

type E struct {
	*I // ERROR "embedded field type cannot be a pointer to an interface"
}

func main() {
	var i I = T{}
	p := &i
	p.M() // ERROR "p\\.M undefined \\(type \\*I is pointer to interface, not interface\\)"
	var j I = p // ERROR "cannot use p \\(variable of type \\*I\\) as I value in variable declaration: \\*I does not implement I \\(type \\*I is pointer to interface, not interface\\)"
	_ = j
}
