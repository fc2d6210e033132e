package main

import "fmt"

// Package-level variables are initialized in dependency order.
var total = first + second
var first = double(second)
var second = 21
var counter int
var label string
var flag bool
var greeting = "hi"

func double(n int) int {
	counter++
	return 2 * n
}

func main() {
	fmt.Println(total, first, second, counter)
	fmt.Println(label == "", len(label), flag)
	fmt.Println(greeting)
	greeting += " there"
	fmt.Println(greeting)

	var a int
	var b = 2
	var c, d = 3, "four"
	var e, f int = 5, 6
	var (
		g    = true
		h    string
		i, j = 9, 10
	)
	k := 11
	l, m := 12, "thirteen"
	fmt.Println(a, b, c, d, e, f, g, h == "", i, j, k, l, m)

	// Multi-assignment evaluates all right-hand sides first.
	a, b = b, a
	fmt.Println(a, b)
	c, e, f = f, c, e
	fmt.Println(c, e, f)
	i, j = i+j, i-j
	fmt.Println(i, j)
	x, y, z := 1, 2, 3
	x, y, z = z, x, y
	fmt.Println(x, y, z)

	// := redeclares only new variables on the left.
	l, n := 100, 200
	fmt.Println(l, n)

	// Shadowing in nested blocks.
	v := 1
	{
		v := 2
		v++
		fmt.Println("inner v", v)
	}
	fmt.Println("outer v", v)
	if v := v * 10; v > 5 {
		fmt.Println("if v", v)
	}
	for v := 0; v < 2; v++ {
		fmt.Println("loop v", v)
	}
	fmt.Println("outer v again", v)

	// The blank identifier.
	_ = k
	_, w := 1, 2
	fmt.Println(w)

	// Assigning to package-level variables.
	counter = 0
	for range 5 {
		double(1)
	}
	fmt.Println("counter", counter)
	label = "set"
	flag = !flag
	fmt.Println(label, flag)
}
