package main

type A struct {
	Name string
	ID   int
}

type B struct {
	Name string
}

func (B) Hello() string { return "b" }

type C struct {
	Hello int
}

type AB struct {
	A
	B
}

type BC struct {
	B
	C
}

type Deep struct {
	AB
	Name string
}

func main() {
	var x AB
	_ = x.Name // ERROR "ambiguous selector x\\.Name"
	x.Name = "y" // ERROR "ambiguous selector x\\.Name"
	_ = x.ID
	var y BC
	_ = y.Hello // ERROR "ambiguous selector y\\.Hello"
	var d Deep
	_ = d.Name
	_ = d.AB.Name // ERROR "ambiguous selector d\\.AB\\.Name"
}
