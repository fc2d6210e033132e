package main

type T struct {
	size int
}

func (T) name() string { return "t" }

func (*T) Reset() {}

func main() {
	var t T
	t.Missing() // ERROR "t\\.Missing undefined \\(type T has no field or method Missing\\)"
	_ = t.Name() // ERROR "t\\.Name undefined \\(type T has no field or method Name, but does have method name\\)"
	_ = t.Size // ERROR "t\\.Size undefined \\(type T has no field or method Size, but does have field size\\)"
	p := &t
	p.reset() // ERROR "p\\.reset undefined \\(type \\*T has no field or method reset, but does have method Reset\\)"
	var i interface{ Do() }
	i.Undo() // ERROR "i\\.Undo undefined \\(type interface\\{Do\\(\\)\\} has no field or method Undo\\)"
	_ = t.name()
}
