package main

import "fmt"

func gcdRec(a, b int) int {
	if b == 0 {
		return a
	}
	return gcdRec(b, a%b)
}

func gcdIter(a, b int) int {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

// gcdBinary is Stein's algorithm.
func gcdBinary(a, b int) int {
	if a == 0 {
		return b
	}
	if b == 0 {
		return a
	}
	shift := 0
	for (a|b)&1 == 0 {
		a >>= 1
		b >>= 1
		shift++
	}
	for a&1 == 0 {
		a >>= 1
	}
	for b != 0 {
		for b&1 == 0 {
			b >>= 1
		}
		if a > b {
			a, b = b, a
		}
		b -= a
	}
	return a << shift
}

func lcm(a, b int) int {
	return a / gcdIter(a, b) * b
}

// extGcd returns g, x, y with a*x + b*y == g.
func extGcd(a, b int) (g, x, y int) {
	if b == 0 {
		return a, 1, 0
	}
	g, x1, y1 := extGcd(b, a%b)
	x = y1
	y = x1 - (a/b)*y1
	return
}

func modInverse(a, m int) (int, bool) {
	g, x, _ := extGcd(a, m)
	if g != 1 {
		return 0, false
	}
	return (x%m + m) % m, true
}

func main() {
	pairs := 0
	for a := 0; a <= 60; a += 12 {
		for b := 1; b <= 100; b += 33 {
			r1, r2, r3 := gcdRec(a, b), gcdIter(a, b), gcdBinary(a, b)
			fmt.Println("gcd", a, b, "=", r1, r1 == r2 && r2 == r3)
			pairs++
		}
	}
	fmt.Println("pairs", pairs)
	fmt.Println(gcdRec(1071, 462), gcdIter(1071, 462), gcdBinary(1071, 462))
	fmt.Println(gcdIter(832040, 514229), gcdBinary(1<<40, 6<<20))
	l := 1
	for i := 1; i <= 20; i++ {
		l = lcm(l, i)
	}
	fmt.Println("lcm(1..20) =", l)
	g, x, y := extGcd(240, 46)
	fmt.Println("extGcd(240, 46) =", g, x, y, 240*x+46*y)
	for a := 1; a < 13; a++ {
		inv, ok := modInverse(a, 13)
		fmt.Println("inverse of", a, "mod 13 =", inv, ok, a*inv%13)
	}
	inv, ok := modInverse(4, 12)
	fmt.Println("inverse of 4 mod 12:", inv, ok)
	// Coprime count (Euler's totient) by gcd.
	for n := 1; n <= 12; n++ {
		phi := 0
		for k := 1; k <= n; k++ {
			if gcdRec(n, k) == 1 {
				phi++
			}
		}
		fmt.Println("phi(", n, ") =", phi)
	}
}
