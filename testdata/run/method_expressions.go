package main

import "fmt"

type Vec struct{ X, Y float64 }

func (v Vec) Add(o Vec) Vec       { return Vec{v.X + o.X, v.Y + o.Y} }
func (v Vec) Scale(k float64) Vec { return Vec{v.X * k, v.Y * k} }
func (v *Vec) Normalize() {
	l := v.X*v.X + v.Y*v.Y
	if l == 0 {
		return
	}
	// crude: divide by sum of abs values
	s := v.X
	if s < 0 {
		s = -s
	}
	t := v.Y
	if t < 0 {
		t = -t
	}
	v.X /= s + t
	v.Y /= s + t
}

type Shape interface{ Area() float64 }

type Sq float64

func (s Sq) Area() float64 { return float64(s * s) }

func main() {
	add := Vec.Add
	scale := Vec.Scale
	a := Vec{1, 2}
	b := Vec{3, 4}
	fmt.Println(add(a, b), scale(a, 3))
	fmt.Printf("%T\n", add)
	norm := (*Vec).Normalize
	norm(&b)
	fmt.Println(b)
	valViaPtr := (*Vec).Add // value method through pointer type
	fmt.Println(valViaPtr(&a, a))
	fmt.Printf("%T\n", valViaPtr)
	area := Shape.Area
	fmt.Println(area(Sq(3)))
	fmt.Printf("%T\n", area)
	ops := map[string]func(Vec, Vec) Vec{"add": Vec.Add}
	fmt.Println(ops["add"](Vec{1, 1}, Vec{2, 2}))
	sqArea := Sq.Area
	total := 0.0
	for _, s := range []Sq{1, 2, 3} {
		total += sqArea(s)
	}
	fmt.Println(total)
	apply := func(f func(Vec, float64) Vec, v Vec) Vec { return f(v, 0.5) }
	fmt.Println(apply(Vec.Scale, Vec{4, 8}))
}
