package main

import "fmt"

var trace []string

func note(s string, v int) int {
	trace = append(trace, fmt.Sprintf("%s=%d", s, v))
	return v
}

// Declared in reverse dependency order: initialization follows dependencies.
var total = note("total", x+y+z)
var x = note("x", y*2)
var y = note("y", base())
var z = note("z", 5)

func base() int { return note("base", w+1) }

var w = note("w", 10)

var (
	p, q = pair()
	r    = p + q
)

func pair() (int, int) {
	trace = append(trace, "pair")
	return 3, 4
}

var unrelated = note("unrelated", 0)

func main() {
	for _, t := range trace {
		fmt.Println(t)
	}
	fmt.Println(total, x, y, z, w, p, q, r, unrelated)
}
