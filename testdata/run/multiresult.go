package main

import "fmt"

func divmod(a, b int) (int, int) {
	return a / b, a % b
}

func minmax(a, b, c int) (lo, hi int) {
	lo, hi = a, a
	if b < lo {
		lo = b
	}
	if c < lo {
		lo = c
	}
	if b > hi {
		hi = b
	}
	if c > hi {
		hi = c
	}
	return
}

func split(sum int) (x, y int) {
	x = sum * 4 / 9
	y = sum - x
	return
}

func swap(a, b string) (string, string) { return b, a }

func three() (int, string, bool) { return 3, "three", true }

func addPair(a, b int) int { return a + b }

// named results start at their zero values and can be overridden by return.
func zeroes() (n int, s string, b bool) {
	return
}

func override() (n int) {
	n = 5
	return n * 2
}

func counter(limit int) (evens, odds int) {
	for i := range limit {
		if i%2 == 0 {
			evens++
			continue
		}
		odds++
	}
	return
}

func safeDiv(a, b int) (q int, ok bool) {
	if b == 0 {
		return
	}
	q, ok = a/b, true
	return
}

func main() {
	q, r := divmod(17, 5)
	fmt.Println(q, r)
	q, r = divmod(-17, 5)
	fmt.Println(q, r)
	lo, hi := minmax(5, -2, 9)
	fmt.Println(lo, hi)
	fmt.Println(split(17))
	fmt.Println(divmod(100, 7))
	a, b := swap("first", "second")
	fmt.Println(a, b)
	n, s, ok := three()
	fmt.Println(n, s, ok)
	_, s2, _ := three()
	fmt.Println(s2)
	fmt.Println(addPair(divmod(23, 4)))
	fmt.Println(addPair(split(100)))
	zn, zs, zb := zeroes()
	fmt.Println(zn, zs == "", zb)
	fmt.Println(override())
	e, o := counter(11)
	fmt.Println("evens", e, "odds", o)
	if v, ok := safeDiv(10, 3); ok {
		fmt.Println("10/3 =", v)
	}
	if _, ok := safeDiv(1, 0); !ok {
		fmt.Println("division by zero avoided")
	}
	// Reassigning from a multi-value call into existing variables.
	x, y := 0, 0
	for i := 1; i <= 5; i++ {
		x, y = minmax(i*i%7, x, y)
		fmt.Println("minmax step", i, x, y)
	}
	// Chained multi-value calls.
	p, w := swap(swap("x", "y"))
	fmt.Println(p, w)
}
