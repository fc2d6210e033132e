package main

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Square struct{ s float64 }

func (q Square) Area() float64 { return q.s * q.s }

type Circle struct{ r float64 }

func (c *Circle) Area() float64      { return c.r * c.r * 3 }
func (c *Circle) Perimeter() float64 { return c.r * 6 }

type Rect struct{}

func (Rect) Area() int           { return 0 }
func (Rect) Perimeter() float64 { return 0 }

func use(s Shape) {}

func main() {
	var s Shape = Square{2} // ERROR "cannot use Square\\{…\\} \\(value of type Square\\) as Shape value in variable declaration: Square does not implement Shape \\(missing method Perimeter\\)"
	s = Circle{1} // ERROR "cannot use Circle\\{…\\} \\(value of type Circle\\) as Shape value in assignment: Circle does not implement Shape \\(method Area has pointer receiver\\)"
	use(Rect{}) // ERROR "cannot use Rect\\{\\} \\(value of type Rect\\) as Shape value in argument to use: Rect does not implement Shape \\(wrong type for method Area\\)"
	s = &Circle{1}
	var n int = 3
	use(n) // ERROR "cannot use n \\(variable of type int\\) as Shape value in argument to use: int does not implement Shape \\(missing method Area\\)"
	_ = s
}
