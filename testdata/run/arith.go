package main

import "fmt"

func show(name string, v int) {
	fmt.Println(name, "=", v)
}

func main() {
	a, b := 17, 5
	show("a+b", a+b)
	show("a-b", a-b)
	show("b-a", b-a)
	show("a*b", a*b)
	show("a/b", a/b)
	show("a%b", a%b)
	show("-a", -a)
	show("+a", +a)

	// Go division truncates toward zero; the remainder has the sign of the dividend.
	xs := -17
	ys := -5
	show("-17/5", xs/b)
	show("-17%5", xs%b)
	show("17/-5", a/ys)
	show("17%-5", a%ys)
	show("-17/-5", xs/ys)
	show("-17%-5", xs%ys)

	// Precedence: * / % << >> & &^ bind tighter than + - | ^, which bind tighter than comparisons.
	show("2+3*4", 2+3*4)
	show("(2+3)*4", (2+3)*4)
	show("a-b-3", a-b-3)
	show("a/b*b+a%b", a/b*b+a%b)
	show("100/10/2", 100/10/2)
	show("1+2<<3", 1+2<<3)
	show("a*b%7", a*b%7)

	// Mixed variables and constants.
	const k = 3
	n := 10
	show("n*k-1", n*k-1)
	show("n*n*n", n*n*n)
	show("(n+k)*(n-k)", (n+k)*(n-k))

	// Table of quotients and remainders with signs.
	for i := -7; i <= 7; i += 7 {
		for j := -3; j <= 3; j += 2 {
			fmt.Println(i, j, i/j, i%j, (i/j)*j+i%j == i)
		}
	}

	// Larger values.
	big := 1000000007
	show("big*big", big*big)
	show("big*big%big", big*big%big)
	show("(big*1000)/7", (big*1000)/7)
}
