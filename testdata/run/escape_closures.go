// Closures and the variables they capture, kept or not beyond the call.
package main

import "fmt"

func apply(n int, f func(int) int) int {
	s := 0
	for i := 0; i < n; i++ {
		s = f(s)
	}
	return s
}

func counterLocal() int {
	c := 0
	inc := func() { c++ }
	for i := 0; i < 5; i++ {
		inc()
	}
	return c
}

func counterReturned() func() int {
	c := 0
	return func() int { c++; return c }
}

func capturedByArg() int {
	k := 3
	return apply(4, func(x int) int { return x + k })
}

func loopClosures() []func() int {
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i * 10 })
	}
	return fs
}

func loopClosuresCalledNow() int {
	s := 0
	for i := 0; i < 4; i++ {
		f := func() int { return i }
		s += f()
	}
	return s
}

type S struct{ n int }

func (s *S) Add(d int) { s.n += d }

func methodValue() int {
	s := S{}
	add := s.Add
	for i := 1; i <= 4; i++ {
		add(i)
	}
	return s.n
}

var saved func() int

func saveClosure() {
	x := 41
	saved = func() int { x++; return x }
}

func namedResult(i int) (r int) {
	defer func() { r += i }()
	return i * 2
}

func recursive() int {
	var fib func(int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	}
	return fib(15)
}

func nested() func() int {
	a := 1
	f := func() func() int {
		b := 2
		return func() int { a += b; return a }
	}
	return f()
}

func main() {
	fmt.Println(counterLocal())
	cr := counterReturned()
	cr()
	fmt.Println(cr(), cr())
	fmt.Println(capturedByArg())
	for _, f := range loopClosures() {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	fmt.Println(loopClosuresCalledNow(), methodValue())
	saveClosure()
	fmt.Println(saved(), saved())
	fmt.Println(namedResult(5), recursive())
	g := nested()
	g()
	fmt.Println(g())
}
