package main

import "fmt"

type Point struct{ X, Y int }

type Line struct {
	A, B  Point
	Label string
}

type Wrapper struct {
	P    *Point
	S    []int
	M    map[string]int
	I    any
	E    error
	F    float64
	Flag bool
}

type private struct {
	a int
	b string
}

func main() {
	p := Point{1, 2}
	fmt.Println(p)
	fmt.Printf("%v|%+v|%#v\n", p, p, p)
	fmt.Println(&p)
	fmt.Printf("%v|%+v\n", &p, &p)
	l := Line{Point{0, 0}, Point{3, 4}, "diag"}
	fmt.Println(l)
	fmt.Printf("%+v\n", l)
	fmt.Printf("%#v\n", l)
	w := Wrapper{P: nil, S: []int{1}, M: map[string]int{"k": 1}, I: 5, F: 1.5}
	fmt.Printf("%+v\n", w)
	w.P = &p
	fmt.Println(w.P != nil, *w.P, w.S, w.I)
	var zw Wrapper
	fmt.Printf("%v\n", zw)
	fmt.Printf("%+v\n", zw)
	fmt.Println(private{1, "x"})
	fmt.Printf("%+v\n", private{2, "y"})
	ps := []*Point{{1, 1}}
	_ = ps
	fmt.Println([]Point{{1, 2}, {3, 4}})
	fmt.Println(map[string]Point{"a": {1, 1}})
	fmt.Println(struct {
		A int
		B []string
	}{7, []string{"x", "y"}})
	fmt.Println(fmt.Sprint(p, l.Label), fmt.Sprintf("%v-%v", p.X, p.Y))
	s := fmt.Sprintf("%+v", struct{ N *int }{nil})
	fmt.Println(s)
	var np *Point
	fmt.Println(np)
	fmt.Printf("%+v %v\n", np, []*int{nil})
}
