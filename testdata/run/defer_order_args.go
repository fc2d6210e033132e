package main

import "fmt"

func trace(name string) func() {
	fmt.Println("enter", name)
	return func() { fmt.Println("exit", name) }
}

func show(label string, v int) { fmt.Println(label, v) }

func f() {
	defer trace("f")()
	x := 1
	defer show("deferred x =", x) // evaluated now: 1
	defer func() { show("closure x =", x) }()
	x = 2
	p := &x
	defer func(v int) { show("param", v) }(*p)
	x = 3
	fmt.Println("body done, x =", x)
}

func main() {
	for i := 0; i < 3; i++ {
		defer fmt.Println("loop defer", i)
	}
	f()
	s := []int{1, 2, 3}
	defer fmt.Println("slice at defer:", s, len(s))
	s[0] = 100
	s = append(s, 4)
	fmt.Println("slice now:", s)
	var m struct{ v int }
	defer fmt.Println("struct copy:", m)
	m.v = 5
	fn := func() { fmt.Println("first fn") }
	defer fn()
	fn = func() { fmt.Println("second fn") }
	fmt.Println("main end")
}
