package main

import "fmt"

type Shape interface{ Area() float64 }
type Named interface{ Name() string }
type Rect struct{ W, H float64 }
type Circle struct{ R float64 }
type Label string

func (r Rect) Area() float64    { return r.W * r.H }
func (r Rect) Name() string     { return "rect" }
func (c *Circle) Area() float64 { return 3 * c.R * c.R }
func (l Label) Name() string    { return string(l) }

func describe(v any) string {
	switch x := v.(type) {
	case Shape:
		if n, ok := x.(Named); ok {
			return fmt.Sprintf("named shape %s area %.1f", n.Name(), x.Area())
		}
		return fmt.Sprintf("shape area %.1f", x.Area())
	case Named:
		return "named " + x.Name()
	case int, uint, int8:
		return fmt.Sprintf("integer-ish %v", x) // x has type any here
	case nil:
		return "nil!"
	case *int:
		if x == nil {
			return "nil *int"
		}
		return fmt.Sprint("*int ", *x)
	case error:
		return "error " + x.Error()
	}
	return fmt.Sprintf("unknown %T", v)
}

func main() {
	n := 5
	var np *int
	vals := []any{Rect{2, 3}, &Circle{1}, Circle{1}, Label("lbl"), 1, uint(2), int8(3), int16(4),
		nil, &n, np, fmt.Errorf("e")}
	for _, v := range vals {
		fmt.Println(describe(v))
	}
	var s Shape = Rect{1, 1}
	switch s.(type) {
	case *Circle:
		fmt.Println("circle")
	case Rect:
		fmt.Println("rect via Shape")
	}
	switch t := s.(type) {
	case Rect, *Circle:
		fmt.Printf("%T %v\n", t, t.Area())
	}
}
