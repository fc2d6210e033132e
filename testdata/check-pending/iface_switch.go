package main

type I interface {
	M()
}

type A struct{}

func (A) M() {}

type B struct{}

type C struct{}

func (*C) M() {}

func main() {
	var i I = A{}
	switch i.(type) {
	case A:
	case B: // ERROR "impossible type switch case: B"
	case C: // ERROR "impossible type switch case: C"
	case *C:
	case int: // ERROR "impossible type switch case: int"
	}
	x := 3
	switch x.(type) { // ERROR "x \\(variable of type int\\) is not an interface"
	}
}
