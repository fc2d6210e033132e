package main

import "fmt"

var (
	first  = trace("first", second)
	_      = trace("blank", third)
	second = trace("second", 0)
	third  = viaFunc()
	fourth = trace("fourth", 4)
)

var calls int

func trace(name string, dep int) int {
	calls++
	fmt.Println("init", name, "dep", dep, "call", calls)
	return calls
}

// viaFunc reads fourth through a function body: third must wait for it.
func viaFunc() int {
	return trace("third", fourth) * 10
}

var counter = next()

var _, _ = pair()

func pair() (int, int) {
	fmt.Println("pair called once")
	return 1, 2
}

func next() int {
	fmt.Println("counter init sees calls =", calls)
	return calls + 100
}

func init() {
	fmt.Println("init function 1, counter =", counter)
}

func init() {
	fmt.Println("init function 2, third =", third)
}

func main() {
	fmt.Println("main", first, second, third, fourth, counter)
}
