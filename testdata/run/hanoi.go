package main

import "fmt"

var moves int

func hanoi(n int, from, to, via string) {
	if n == 0 {
		return
	}
	hanoi(n-1, from, via, to)
	moves++
	fmt.Println("move disk", n, "from", from, "to", to)
	hanoi(n-1, via, to, from)
}

func count(n int) int {
	if n == 0 {
		return 0
	}
	return 2*count(n-1) + 1
}

// hanoiQuiet counts moves without printing, returning how often each peg was the source.
func hanoiQuiet(n, from, to, via int) (a, b, c int) {
	if n == 0 {
		return
	}
	a1, b1, c1 := hanoiQuiet(n-1, from, via, to)
	a2, b2, c2 := hanoiQuiet(n-1, via, to, from)
	a, b, c = a1+a2, b1+b2, c1+c2
	switch from {
	case 0:
		a++
	case 1:
		b++
	case 2:
		c++
	}
	return
}

func main() {
	hanoi(4, "A", "C", "B")
	fmt.Println("moves:", moves)
	for n := 1; n <= 20; n += 3 {
		a, b, c := hanoiQuiet(n, 0, 2, 1)
		fmt.Println(n, "disks:", count(n), "moves; from A", a, "from B", b, "from C", c, a+b+c == count(n))
	}
}
