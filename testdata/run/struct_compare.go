package main

import "fmt"

type Point struct{ X, Y int }

type Rec struct {
	Name string
	P    Point
	Tags [2]string
	F    float64
	I    any
}

func main() {
	a := Point{1, 2}
	b := Point{1, 2}
	c := Point{2, 1}
	fmt.Println(a == b, a != b, a == c, a != c)
	r1 := Rec{"r", a, [2]string{"x", "y"}, 1.5, 3}
	r2 := Rec{"r", b, [2]string{"x", "y"}, 1.5, 3}
	fmt.Println(r1 == r2)
	r2.Tags[1] = "z"
	fmt.Println(r1 == r2)
	r2.Tags[1] = "y"
	r2.I = int64(3)
	fmt.Println(r1 == r2, "int vs int64 in interface")
	r2.I = 3
	fmt.Println(r1 == r2)
	zero := 0.0
	nan := zero / zero
	r1.F, r2.F = nan, nan
	fmt.Println(r1 == r2, "NaN field")
	r1.F, r2.F = zero, -zero
	fmt.Println(r1 == r2, "+0 vs -0")
	var z1, z2 Rec
	fmt.Println(z1 == z2, z1 == Rec{})
	anon1 := struct {
		A int
		B string
	}{1, "b"}
	anon2 := struct {
		A int
		B string
	}{1, "b"}
	fmt.Println(anon1 == anon2)
	pa, pb := &a, &b
	fmt.Println(pa == pb, *pa == *pb)
	var e1, e2 struct{}
	fmt.Println(e1 == e2)
	fmt.Println(Point{3, 4} == Point{Y: 4, X: 3})
}
