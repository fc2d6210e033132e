package main

import "fmt"

func steps(n int) int {
	c := 0
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		c++
	}
	return c
}

func peak(n int) int {
	p := n
	for n != 1 {
		if n&1 == 1 {
			n = 3*n + 1
		} else {
			n >>= 1
		}
		if n > p {
			p = n
		}
	}
	return p
}

func trajectory(n int) {
	for {
		fmt.Print(n)
		if n == 1 {
			break
		}
		fmt.Print(" -> ")
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
	}
	fmt.Println()
}

func main() {
	for n := 1; n <= 20; n++ {
		fmt.Println(n, steps(n), peak(n))
	}
	trajectory(27)
	trajectory(97)
	best, bestN := 0, 0
	for n := 1; n < 100000; n++ {
		if s := steps(n); s > best {
			best, bestN = s, n
		}
	}
	fmt.Println("longest below 100000:", bestN, "with", best, "steps, peak", peak(bestN))
}
