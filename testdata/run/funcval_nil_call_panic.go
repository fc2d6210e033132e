package main

import "fmt"

type Callbacks struct {
	OnStart func(string)
	OnEnd   func(int) int
}

func run(cb Callbacks) {
	if cb.OnStart != nil {
		cb.OnStart("job")
	}
	fmt.Println("running")
	fmt.Println("result", cb.OnEnd(21))
}

func orDefault(f func(int) int) func(int) int {
	if f == nil {
		return func(x int) int { return x }
	}
	return f
}

func main() {
	run(Callbacks{
		OnStart: func(s string) { fmt.Println("start", s) },
		OnEnd:   func(n int) int { return n * 2 },
	})
	var f func(int) int
	fmt.Println(f == nil, orDefault(f)(5), orDefault(func(x int) int { return -x })(5))
	fs := map[string]func(int) int{"sq": func(x int) int { return x * x }}
	if g, ok := fs["cube"]; !ok {
		fmt.Println("cube missing, nil:", g == nil)
	}
	fmt.Println(fs["sq"](7))
	run(Callbacks{OnStart: func(s string) { fmt.Println("start2", s) }})
	fmt.Println("unreachable")
}
