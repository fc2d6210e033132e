package main

type Point struct {
	X, Y int
}

type Dup struct {
	a int
	b string
	a float64 // ERROR "a redeclared"
}

func main() {
	p := Point{1, 2}
	_ = p.Z // ERROR "p\\.Z undefined \\(type Point has no field or method Z\\)"
	p.W = 3 // ERROR "p\\.W undefined \\(type Point has no field or method W\\)"
	q := &p
	_ = q.x // ERROR "q\\.x undefined \\(type \\*Point has no field or method x, but does have field X\\)"
	var d Dup
	_ = d.b
	_ = Point{}.Len() // ERROR "Point\\{\\}\\.Len undefined \\(type Point has no field or method Len\\)"
}
