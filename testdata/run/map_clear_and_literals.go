package main

import "fmt"

type Color int

const (
	Red Color = iota
	Green
	Blue
)

var names = map[Color]string{Red: "red", Green: "green", Blue: "blue"}

func main() {
	fmt.Println(names, len(names))
	m := map[string][]int{"a": {1}, "b": {2, 3}}
	alias := m
	alias["c"] = []int{4}
	fmt.Println(len(m), m["c"])
	clear(alias)
	fmt.Println(len(m), m == nil)
	var nm map[string]int
	clear(nm)
	fmt.Println(nm == nil)
	empty := map[string]int{}
	fmt.Println(empty == nil, len(empty), empty)
	m2 := map[string]int{
		"x": 1,
		"y": 2,
	}
	m3 := m2
	m3["x"] = 100
	fmt.Println(m2["x"])
	f := func(mm map[string]int) { mm["added"] = 1 }
	f(m2)
	fmt.Println(m2)
	g := func(mm map[string]int) { mm = map[string]int{}; mm["lost"] = 1 }
	g(m2)
	fmt.Println(len(m2))
	fmt.Println(map[string]bool{"t": true}["t"], map[int]int{}[5])
	inner := map[string]map[string]int{"o": {"i": 1}}
	clear(inner["o"])
	fmt.Println(inner, len(inner))
}
