package main

import "fmt"

type Point struct{ X, Y int }

type Line struct {
	A, B  Point
	Label string
}

type Poly struct {
	Pts   []Point
	Named map[string]Point
	Ptrs  []*Point
	Grid  [2][2]Point
}

func main() {
	p1 := Point{1, 2}
	p2 := Point{Y: 5}
	p3 := Point{}
	fmt.Println(p1, p2, p3)
	l := Line{Point{0, 0}, Point{3, 4}, "diag"}
	l2 := Line{B: Point{X: 9}, Label: "partial"}
	fmt.Println(l, l2)
	poly := Poly{
		Pts:   []Point{{1, 1}, {2, 2}, {X: 3}},
		Named: map[string]Point{"o": {}, "u": {0, 1}},
		Ptrs:  []*Point{{7, 8}, {Y: 9}},
		Grid:  [2][2]Point{{{1, 2}, {3, 4}}, {{5, 6}}},
	}
	fmt.Println(poly.Pts, len(poly.Pts))
	fmt.Println(poly.Named)
	fmt.Println(*poly.Ptrs[0], *poly.Ptrs[1])
	fmt.Println(poly.Grid)
	lines := []Line{{A: Point{1, 1}}, {Label: "x"}}
	fmt.Println(lines)
	pp := []*Line{{Label: "ptr"}}
	pp[0].A.X = 4
	fmt.Println(*pp[0])
	m := map[Point]string{{1, 2}: "a", {3, 4}: "b"}
	fmt.Println(m[Point{1, 2}], m[Point{3, 4}], len(m))
	arr := [...]Point{2: {9, 9}, 0: {1, 1}}
	fmt.Println(len(arr), arr)
	mm := map[string][]Point{"k": {{1, 2}, {3, 4}}}
	fmt.Println(mm)
	fmt.Printf("%+v\n", l2)
}
