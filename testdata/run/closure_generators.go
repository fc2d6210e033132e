package main

import "fmt"

func counter(start, step int) func() int {
	n := start - step
	return func() int {
		n += step
		return n
	}
}

func fibGen() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

func accumulator() (func(int), func() int) {
	sum := 0
	return func(v int) { sum += v }, func() int { return sum }
}

func take(gen func() int, n int) []int {
	out := make([]int, 0, n)
	for i := 0; i < n; i++ {
		out = append(out, gen())
	}
	return out
}

func primes() func() int {
	found := []int{}
	cand := 1
	return func() int {
		for {
			cand++
			isP := true
			for _, p := range found {
				if p*p > cand {
					break
				}
				if cand%p == 0 {
					isP = false
					break
				}
			}
			if isP {
				found = append(found, cand)
				return cand
			}
		}
	}
}

func main() {
	c1 := counter(0, 1)
	c2 := counter(100, -10)
	fmt.Println(c1(), c1(), c2(), c1(), c2())
	fmt.Println(take(fibGen(), 15))
	f := fibGen()
	take(f, 10)
	fmt.Println(f(), f())
	add, get := accumulator()
	for i := 1; i <= 10; i++ {
		add(i)
	}
	fmt.Println(get())
	add2, get2 := accumulator()
	add2(5)
	fmt.Println(get(), get2())
	fmt.Println(take(primes(), 20))
	gens := []func() int{counter(1, 1), counter(10, 10)}
	for round := 0; round < 3; round++ {
		for _, g := range gens {
			fmt.Print(g(), " ")
		}
	}
	fmt.Println()
}
