// Calls of func values known to hold closures of one function are
// inlined; the closure's own captured cells must still be the ones used,
// and values that may hold different functions must still dispatch.
package main

import "fmt"

func main() {
	counter := 0
	inc := func() { counter++ }
	for i := 0; i < 5; i++ {
		inc()
	}
	fmt.Println("counter", counter)

	// A new closure of the same function each iteration, with its own
	// captured variable: the call must use the current one.
	var get func() int
	total := 0
	for i := 0; i < 4; i++ {
		v := i * 10
		get = func() int { return v + i }
		total += get()
	}
	fmt.Println("total", total)

	// Two different functions in one variable.
	op := func(a, b int) int { return a + b }
	if total > 0 {
		op = func(a, b int) int { return a * b }
	}
	fmt.Println("op", op(6, 7))

	// nil, then a closure: the nil call panics as gc's does.
	var f func() string
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fmt.Println(f())
	}()
	f = func() string { return "now set" }
	fmt.Println(f())

	// A closure modifying a captured variable read after the call.
	x := 1
	double := func() int { x *= 2; return x }
	fmt.Println(double(), double(), x)
}
