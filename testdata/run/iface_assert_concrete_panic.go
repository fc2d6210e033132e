package main

import "fmt"

type Shape interface{ Area() float64 }
type Sq struct{ s float64 }
type Circle struct{ r float64 }

func (q Sq) Area() float64     { return q.s * q.s }
func (c Circle) Area() float64 { return 3 * c.r * c.r }

func kind(sh Shape) string {
	if _, ok := sh.(Sq); ok {
		return "square"
	}
	if _, ok := sh.(Circle); ok {
		return "circle"
	}
	return "unknown"
}

func main() {
	var sh Shape = Sq{2}
	q := sh.(Sq)
	fmt.Println(q.s, q.Area())
	c, ok := sh.(Circle)
	fmt.Println(c, ok)
	p, ok := sh.(*Sq)
	fmt.Println(p == nil, ok)
	shapes := []Shape{Sq{1}, Circle{1}, &Sq{3}}
	for _, s := range shapes {
		fmt.Println(kind(s), s.Area())
	}
	var e any = sh
	fmt.Println(e.(Shape).Area(), e.(Sq).s)
	fmt.Println("asserting wrong concrete type")
	c = sh.(Circle)
	fmt.Println("unreachable", c)
}
