package main

import "fmt"

func count(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				fmt.Println("  (iterator stopped early at", i, ")")
				return
			}
		}
		fmt.Println("  (iterator exhausted)")
	}
}

func pairs(m []string) func(func(int, string) bool) {
	return func(yield func(int, string) bool) {
		for i, s := range m {
			if !yield(i*10, s) {
				return
			}
		}
	}
}

func fib(yield func(int) bool) {
	a, b := 0, 1
	for {
		if !yield(a) {
			return
		}
		a, b = b, a+b
	}
}

func none(yield func() bool) {
	for i := 0; i < 3; i++ {
		if !yield() {
			return
		}
	}
}

func main() {
	for i := range count(3) {
		fmt.Println("got", i)
	}
	for i := range count(10) {
		if i == 2 {
			break
		}
		fmt.Println("got", i)
	}
	for k, v := range pairs([]string{"a", "b", "c"}) {
		fmt.Println(k, v)
	}
	for k := range pairs([]string{"x", "y"}) {
		fmt.Println("key only", k)
	}
	var fibs []int
	for f := range fib {
		if f > 100 {
			break
		}
		fibs = append(fibs, f)
	}
	fmt.Println(fibs)
	n := 0
	for range none {
		n++
	}
	fmt.Println("none yielded", n, "times")
	sum := 0
	for i := range count(6) {
		if i%2 == 0 {
			continue
		}
		sum += i
	}
	fmt.Println("odd sum", sum)
outer:
	for i := range count(3) {
		for j := range count(3) {
			if j == 1 {
				continue outer
			}
			if i == 2 {
				break outer
			}
			fmt.Println("pair", i, j)
		}
	}
	fmt.Println("done")
}
