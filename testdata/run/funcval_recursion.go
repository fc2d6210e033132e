package main

import "fmt"

var fact func(int) int

func init() {
	fact = func(n int) int {
		if n <= 1 {
			return 1
		}
		return n * fact(n-1)
	}
}

func main() {
	fmt.Println(fact(5), fact(10), fact(20))
	var even, odd func(int) bool
	even = func(n int) bool {
		if n == 0 {
			return true
		}
		return odd(n - 1)
	}
	odd = func(n int) bool {
		if n == 0 {
			return false
		}
		return even(n - 1)
	}
	fmt.Println(even(10), odd(10), even(7), odd(7))
	var hanoi func(n int, from, to, via string) int
	moves := []string{}
	hanoi = func(n int, from, to, via string) int {
		if n == 0 {
			return 0
		}
		c := hanoi(n-1, from, via, to)
		moves = append(moves, from+to)
		return c + 1 + hanoi(n-1, via, to, from)
	}
	fmt.Println(hanoi(3, "A", "C", "B"), moves)
	var ack func(m, n int) int
	ack = func(m, n int) int {
		switch {
		case m == 0:
			return n + 1
		case n == 0:
			return ack(m-1, 1)
		}
		return ack(m-1, ack(m, n-1))
	}
	fmt.Println(ack(2, 3), ack(3, 3))
	old := fact
	fact = func(n int) int { return -n }
	fmt.Println(old(4), fact(4))
}
