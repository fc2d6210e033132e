package main

import "fmt"

type Point struct{ X, Y int }

type Shape struct {
	Name   string
	Points []Point
	Meta   map[string]int
}

var origin = Point{}
var unit = &Point{1, 1}

var shapes = []Shape{
	{"tri", []Point{{0, 0}, {1, 0}, {0, 1}}, map[string]int{"sides": 3}},
	{"sq", []Point{{0, 0}, {1, 0}, {1, 1}, {0, 1}}, map[string]int{"sides": 4, "right": 4}},
}

var byName = func() map[string]*Shape {
	m := map[string]*Shape{}
	for i := range shapes {
		m[shapes[i].Name] = &shapes[i]
	}
	return m
}()

var squares [10]int

var primes = sieve(50)

func sieve(n int) []int {
	comp := make([]bool, n+1)
	var out []int
	for i := 2; i <= n; i++ {
		if !comp[i] {
			out = append(out, i)
			for j := i * i; j <= n; j += i {
				comp[j] = true
			}
		}
	}
	return out
}

func init() {
	for i := range squares {
		squares[i] = i * i
	}
}

var lookup = map[Point]string{{0, 0}: "origin", {1, 1}: "unit"}

func main() {
	fmt.Println(origin, *unit)
	for _, s := range shapes {
		fmt.Println(s.Name, len(s.Points), s.Meta)
	}
	byName["sq"].Meta["area"] = 1
	fmt.Println(shapes[1].Meta)
	fmt.Println(squares)
	fmt.Println(primes, len(primes))
	fmt.Println(lookup[origin], lookup[*unit], len(lookup))
	unit.X = 5
	fmt.Println(*unit)
}
