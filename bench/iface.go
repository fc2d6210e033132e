// Interface dispatch: method calls through interfaces, type switches,
// type assertions, interface values in slices and maps.
package main

import "fmt"

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }
type Square struct{ Rect }
type Tri struct{ A, B, C float64 }

func (r Rect) Area() float64       { return r.W * r.H }
func (r Rect) Perimeter() float64  { return 2 * (r.W + r.H) }
func (c *Circle) Area() float64    { return 3.14159 * c.R * c.R }
func (c *Circle) Perimeter() float64 { return 2 * 3.14159 * c.R }
func (t Tri) Area() float64        { return (t.A + t.B + t.C) / 4 }
func (t Tri) Perimeter() float64   { return t.A + t.B + t.C }

type Named interface{ Name() string }

func (Rect) Name() string    { return "rect" }
func (*Circle) Name() string { return "circle" }

func classify(s Shape) int {
	switch v := s.(type) {
	case Square:
		return 1 + int(v.W)
	case Rect:
		return 2
	case *Circle:
		return 3
	default:
		return 4
	}
}

func main() {
	shapes := make([]Shape, 0, 1000)
	for i := 0; i < 1000; i++ {
		f := float64(i%17) + 1
		switch i % 4 {
		case 0:
			shapes = append(shapes, Rect{f, f + 1})
		case 1:
			shapes = append(shapes, &Circle{f})
		case 2:
			shapes = append(shapes, Square{Rect{f, f}})
		default:
			shapes = append(shapes, Tri{f, f, f})
		}
	}
	area, per, cls, names := 0.0, 0.0, 0, 0
	for r := 0; r < 5000; r++ {
		for _, s := range shapes {
			area += s.Area()
			per += s.Perimeter()
			cls += classify(s)
			if n, ok := s.(Named); ok && len(n.Name()) > 4 {
				names++
			}
		}
	}
	var any []interface{}
	for i := 0; i < 100000; i++ {
		any = append(any, i, float64(i), "s")
	}
	ints := 0
	for _, v := range any {
		if n, ok := v.(int); ok {
			ints += n
		}
	}
	fmt.Printf("%.1f %.1f %d %d %d\n", area, per, cls, names, ints)
}
