package main

import "fmt"

func add(a, b int) int { return a + b }
func sub(a, b int) int { return a - b }

func apply(f func(int, int) int, a, b int) int { return f(a, b) }

func compose(f, g func(int) int) func(int) int {
	return func(x int) int { return f(g(x)) }
}

func pick(name string) func(int, int) int {
	switch name {
	case "add":
		return add
	case "sub":
		return sub
	}
	return nil
}

func main() {
	var f func(int, int) int
	fmt.Println(f == nil)
	f = add
	fmt.Println(f != nil, f(3, 4))
	f = sub
	fmt.Println(f(3, 4))
	fmt.Println(apply(add, 10, 5), apply(sub, 10, 5))
	fmt.Println(apply(func(a, b int) int { return a * b }, 10, 5))
	inc := func(x int) int { return x + 1 }
	dbl := func(x int) int { return x * 2 }
	fmt.Println(compose(inc, dbl)(5), compose(dbl, inc)(5))
	for _, n := range []string{"add", "sub", "mul"} {
		g := pick(n)
		if g == nil {
			fmt.Println(n, "is nil")
			continue
		}
		fmt.Println(n, g(8, 2))
	}
	ops := []func(float64) float64{
		func(x float64) float64 { return x + 0.5 },
		func(x float64) float64 { return x * x },
		func(x float64) float64 { return -x },
	}
	x := 1.0
	for _, op := range ops {
		x = op(x)
		fmt.Println(x)
	}
	fmt.Printf("%T\n", f)
	fmt.Printf("%T\n", compose)
	var h func() = func() { fmt.Println("h called") }
	h()
	func() { fmt.Println("immediately invoked") }()
	fmt.Println(func(s string) string { return s + s }("ab"))
}
