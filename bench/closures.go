// Closure calls: func values capturing variables, closures in slices and
// maps, recursion through a captured func variable, defer in loops.
package main

import "fmt"

func adder(k int) func(int) int { return func(x int) int { return x + k } }

func compose(f, g func(int) int) func(int) int {
	return func(x int) int { return g(f(x)) }
}

func apply(n int, f func(int) int) int {
	s := 0
	for i := 0; i < n; i++ {
		s = f(s) & 0xffffff
	}
	return s
}

func withDefer(i int) (r int) {
	defer func() { r += i }()
	return i * 2
}

func main() {
	fs := []func(int) int{}
	for i := 0; i < 16; i++ {
		fs = append(fs, adder(i))
	}
	c := fs[0]
	for _, f := range fs[1:] {
		c = compose(c, f)
	}
	total := apply(300000, c)
	counter := 0
	inc := func() { counter++ }
	for i := 0; i < 10000000; i++ {
		inc()
	}
	var fib func(int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	}
	ops := map[string]func(int, int) int{
		"add": func(a, b int) int { return a + b },
		"mul": func(a, b int) int { return a * b % 1000003 },
	}
	acc := 1
	for i := 1; i < 1000000; i++ {
		acc = ops["mul"](ops["add"](acc, i), 3)
	}
	d := 0
	for i := 0; i < 1000000; i++ {
		d += withDefer(i)
	}
	fmt.Println(total, counter, fib(30), acc, d)
}
