package main

import "fmt"

type A struct{ X, Y int }

func (A) Who() string { return "A" }

type B struct{ X, Z int }

func (B) Who() string { return "B" }

type C struct {
	A
	B
	X int // shallower X shadows A.X and B.X
}

type D struct {
	C
	Y string // shadows C.A.Y
}

func (D) Who() string { return "D" }

type E struct {
	A
	B
}

func (e E) Who() string { return "E:" + e.A.Who() + e.B.Who() }

func main() {
	c := C{A: A{X: 1, Y: 2}, B: B{X: 3, Z: 4}, X: 5}
	fmt.Println(c.X, c.A.X, c.B.X, c.Y, c.Z)
	d := D{C: c, Y: "dy"}
	fmt.Println(d.X, d.Y, d.C.Y, d.A.Y, d.Z)
	fmt.Println(d.Who(), d.C.A.Who(), d.C.B.Who())
	e := E{A{10, 20}, B{30, 40}}
	fmt.Println(e.Y, e.Z, e.A.X, e.B.X)
	fmt.Println(e.Who())
	d.X = 50
	d.A.X = 60
	fmt.Println(d.C.X, d.C.A.X, d.B.X)
	fmt.Printf("%+v\n", d)
}
