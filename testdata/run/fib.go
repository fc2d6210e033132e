package main

import "fmt"

func fibRec(n int) int {
	if n < 2 {
		return n
	}
	return fibRec(n-1) + fibRec(n-2)
}

func fibIter(n int) int {
	a, b := 0, 1
	for i := 0; i < n; i++ {
		a, b = b, a+b
	}
	return a
}

// fibDoubling uses F(2k) = F(k)(2F(k+1) - F(k)) and F(2k+1) = F(k)^2 + F(k+1)^2.
func fibDoubling(n int) (int, int) {
	if n == 0 {
		return 0, 1
	}
	a, b := fibDoubling(n / 2)
	c := a * (2*b - a)
	d := a*a + b*b
	if n%2 == 0 {
		return c, d
	}
	return d, c + d
}

func main() {
	for i := range 25 {
		f, _ := fibDoubling(i)
		fmt.Println(i, fibRec(i), fibIter(i), f)
	}
	fmt.Println("fib(30) =", fibRec(30))
	for n := 85; n <= 95; n++ {
		f, _ := fibDoubling(n)
		fmt.Println("fib(", n, ") =", fibIter(n), f == fibIter(n))
	}
	// Even Fibonacci numbers below four million.
	sum := 0
	for a, b := 1, 2; a < 4000000; a, b = b, a+b {
		if a%2 == 0 {
			sum += a
		}
	}
	fmt.Println("even sum", sum)
	// First Fibonacci number with 15 digits.
	idx := 1
	for a, b := 1, 1; a < 100000000000000; a, b = b, a+b {
		idx++
	}
	fmt.Println("first 15-digit index", idx)
}
