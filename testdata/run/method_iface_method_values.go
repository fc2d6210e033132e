package main

import "fmt"

type Shape interface {
	Area() float64
	Scale(k float64) Shape
}

type Rect struct{ W, H float64 }

func (r Rect) Area() float64         { return r.W * r.H }
func (r Rect) Scale(k float64) Shape { return Rect{r.W * k, r.H * k} }

type Circle struct{ R float64 }

func (c *Circle) Area() float64         { return 3 * c.R * c.R }
func (c *Circle) Scale(k float64) Shape { c.R *= k; return c }

func main() {
	shapes := []Shape{Rect{1, 2}, &Circle{1}}
	var areas []func() float64
	for _, s := range shapes {
		areas = append(areas, s.Area) // method value from interface
	}
	for _, a := range areas {
		fmt.Print(a(), " ")
	}
	fmt.Println()
	for i, s := range shapes {
		shapes[i] = s.Scale(2)
	}
	for _, a := range areas {
		fmt.Print(a(), " ") // Rect copy unchanged, Circle pointer mutated
	}
	fmt.Println()
	for _, s := range shapes {
		fmt.Print(s.Area(), " ")
	}
	fmt.Println()
	area := Shape.Area
	scale := Shape.Scale
	fmt.Println(area(scale(Rect{1, 1}, 3)))
	c := &Circle{2}
	f := c.Scale
	f(0.5)
	f(0.5)
	fmt.Println(c.R)
}
