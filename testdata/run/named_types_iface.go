package main

import "fmt"

type Shape interface {
	Area() float64
	Name() string
}

type Square float64
type Rect [2]float64
type Poly []float64

func (s Square) Area() float64 { return float64(s * s) }
func (s Square) Name() string  { return "square" }
func (r Rect) Area() float64   { return r[0] * r[1] }
func (r Rect) Name() string    { return "rect" }
func (p Poly) Area() float64 {
	t := 0.0
	for _, v := range p {
		t += v
	}
	return t
}
func (p Poly) Name() string { return fmt.Sprintf("poly%d", len(p)) }

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
)

func (d Weekday) String() string {
	switch d {
	case Sunday:
		return "Sun"
	case Monday:
		return "Mon"
	case Tuesday:
		return "Tue"
	}
	return fmt.Sprintf("Weekday(%d)", int(d))
}

func main() {
	shapes := []Shape{Square(3), Rect{2, 5}, Poly{1, 2, 3.5}}
	total := 0.0
	for _, s := range shapes {
		fmt.Println(s.Name(), s.Area())
		total += s.Area()
	}
	fmt.Println(total)
	fmt.Println(Sunday, Tuesday, Weekday(9))
	days := []Weekday{Monday, Sunday}
	fmt.Println(days)
	fmt.Printf("%v %d %s\n", Monday, Monday, Tuesday)
	m := map[Weekday]int{Monday: 1, Tuesday: 2}
	fmt.Println(m)
}
