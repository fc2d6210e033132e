package main

import "fmt"

type IntFn func(int) int

func compose(fs ...IntFn) IntFn {
	return func(x int) int {
		for _, f := range fs {
			x = f(x)
		}
		return x
	}
}

func adder(n int) IntFn      { return func(x int) int { return x + n } }
func multiplier(n int) IntFn { return func(x int) int { return x * n } }

func memoize(f IntFn) (IntFn, func() int) {
	cache := map[int]int{}
	calls := 0
	return func(x int) int {
			if v, ok := cache[x]; ok {
				return v
			}
			calls++
			v := f(x)
			cache[x] = v
			return v
		}, func() int {
			return calls
		}
}

func curry(f func(int, int) int) func(int) func(int) int {
	return func(a int) func(int) int {
		return func(b int) int { return f(a, b) }
	}
}

func main() {
	f := compose(adder(1), multiplier(10), adder(-3))
	fmt.Println(f(0), f(5))
	g := compose(f, f)
	fmt.Println(g(1))
	slow := func(x int) int {
		s := 0
		for i := 0; i <= x; i++ {
			s += i
		}
		return s
	}
	fast, calls := memoize(slow)
	for _, v := range []int{10, 20, 10, 10, 30, 20} {
		fmt.Print(fast(v), " ")
	}
	fmt.Println("calls:", calls())
	pow := curry(func(a, b int) int {
		r := 1
		for i := 0; i < b; i++ {
			r *= a
		}
		return r
	})
	twoTo := pow(2)
	fmt.Println(twoTo(10), pow(3)(4))
	counter := 0
	wrap := func(inner func()) func() {
		return func() {
			counter += 100
			inner()
		}
	}
	base := func() { counter++ }
	w := wrap(wrap(base))
	w()
	w()
	fmt.Println(counter)
	var chain func(int) IntFn
	chain = func(depth int) IntFn {
		if depth == 0 {
			return func(x int) int { return x }
		}
		inner := chain(depth - 1)
		return func(x int) int { return inner(x) * 2 }
	}
	fmt.Println(chain(5)(3))
}
