package main

import "fmt"

type Point struct{ X, Y int }

type Edge struct {
	From, To Point
	Label    string
}

func main() {
	grid := map[Point]string{}
	grid[Point{0, 0}] = "origin"
	grid[Point{1, 2}] = "a"
	grid[Point{X: 1, Y: 2}] = "b"
	fmt.Println(len(grid), grid[Point{1, 2}], grid[Point{}])
	fmt.Println(grid)
	edges := map[Edge]int{}
	e := Edge{Point{0, 0}, Point{1, 1}, "diag"}
	edges[e]++
	edges[e]++
	e2 := e
	e2.Label = "other"
	edges[e2] = 10
	fmt.Println(len(edges), edges[e], edges[e2])
	arrKeys := map[[3]int]string{}
	arrKeys[[3]int{1, 2, 3}] = "abc"
	k := [3]int{1, 2, 3}
	fmt.Println(arrKeys[k])
	k[2] = 4
	_, ok := arrKeys[k]
	fmt.Println(ok)
	arrKeys[k] = "abd"
	fmt.Println(arrKeys)
	strArr := map[[2]string]int{{"a", "b"}: 1, {"b", "a"}: 2}
	fmt.Println(strArr[[2]string{"b", "a"}], len(strArr))
	visited := map[Point]bool{}
	p := Point{}
	moves := []Point{{1, 0}, {0, 1}, {-1, 0}, {0, -1}, {1, 0}, {1, 0}}
	for _, mv := range moves {
		visited[p] = true
		p.X += mv.X
		p.Y += mv.Y
	}
	visited[p] = true
	fmt.Println(len(visited), visited[Point{2, 0}], visited[Point{5, 5}])
	type K struct {
		s string
		f float64
		b bool
	}
	mk := map[K]int{{"x", 1.5, true}: 1}
	mk[K{"x", 1.5, true}]++
	fmt.Println(mk)
}
