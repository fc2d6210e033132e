package main

type I interface{ M() }

type Base struct{}

func (*Base) M() {}

func (Base) V() {}

type ByVal struct {
	Base
}

type ByPtr struct {
	*Base
}

func newByVal() ByVal { return ByVal{} }

func need(i I) {}

func main() {
	need(ByVal{}) // ERROR "cannot use ByVal\\{\\} \\(value of type ByVal\\) as I value in argument to need: ByVal does not implement I \\(method M has pointer receiver\\)"
	need(&ByVal{})
	need(ByPtr{})
	var i I = newByVal() // ERROR "cannot use newByVal\\(\\) \\(value of type ByVal\\) as I value in variable declaration: ByVal does not implement I \\(method M has pointer receiver\\)"
	newByVal().M() // ERROR "cannot call pointer method M on ByVal"
	newByVal().V()
	ByVal{}.Base.M() // ERROR "cannot call pointer method M on Base"
	_ = i
}
