package main

import "fmt"

type Point struct{ X, Y int }

func inc(p *int)            { *p++ }
func swap(a, b *int)        { *a, *b = *b, *a }
func newInt(v int) *int     { return &v }
func move(p *Point, dx int) { p.X += dx }

func main() {
	x := 1
	p := &x
	*p = 5
	fmt.Println(x, *p, p == &x)
	inc(p)
	inc(&x)
	fmt.Println(x)
	y := 100
	swap(&x, &y)
	fmt.Println(x, y)
	q := newInt(3)
	r := newInt(3)
	fmt.Println(*q == *r, q == r, q != r)
	pp := &p
	**pp = 77
	fmt.Println(x, **pp)
	n := new(int)
	fmt.Println(*n)
	*n = 9
	fmt.Println(*n)
	ps := new(Point)
	ps.X = 3
	move(ps, 4)
	fmt.Println(*ps)
	pt := Point{1, 1}
	px := &pt.X
	*px = 50
	fmt.Println(pt)
	var nilp *int
	fmt.Println(nilp == nil, p != nil)
	ns := new([]int)
	*ns = append(*ns, 1, 2)
	fmt.Println(*ns, len(*ns))
	nm := new(map[string]int)
	fmt.Println(*nm == nil, len(*nm))
	a := 1
	b := &a
	c := &a
	fmt.Println(b == c)
	var e1, e2 struct{}
	_ = &e1
	_ = &e2
	fmt.Println("done")
}
