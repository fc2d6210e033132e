package main

import "fmt"

// newton computes floor(sqrt(n)) with Newton's method.
func newton(n int) int {
	if n < 2 {
		return n
	}
	x := n
	y := (x + 1) / 2
	for y < x {
		x = y
		y = (x + n/x) / 2
	}
	return x
}

// bisect computes floor(sqrt(n)) by binary search, careful not to overflow.
func bisect(n int) int {
	lo, hi := 0, 3037000500
	for lo < hi {
		mid := lo + (hi-lo+1)/2
		if mid <= n/mid {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	return lo
}

// bitwise computes floor(sqrt(n)) digit by digit in base 4.
func bitwise(n int) int {
	res := 0
	bit := 1 << 62
	for bit > n {
		bit >>= 2
	}
	for bit != 0 {
		if n >= res+bit {
			n -= res + bit
			res = res>>1 + bit
		} else {
			res >>= 1
		}
		bit >>= 2
	}
	return res
}

func cbrt(n int) int {
	r := 0
	for (r+1)*(r+1)*(r+1) <= n {
		r++
	}
	return r
}

func main() {
	for n := 0; n <= 30; n++ {
		fmt.Print(newton(n), " ")
	}
	fmt.Println()
	bad := 0
	for n := 0; n < 100000; n += 7 {
		a, b, c := newton(n), bisect(n), bitwise(n)
		if a != b || b != c || a*a > n || (a+1)*(a+1) <= n {
			bad++
		}
	}
	fmt.Println("mismatches:", bad)
	big := 9223372036854775807
	fmt.Println(newton(big), bisect(big), bitwise(big))
	fmt.Println(newton(1000000000000), bisect(999999999999), bitwise(1<<60))
	for n := 1; n <= 1000000; n *= 10 {
		fmt.Println("cbrt", n, cbrt(n), "sqrt", newton(n))
	}
	// Perfect squares among the first triangular numbers.
	t := 0
	for i := 1; i <= 300; i++ {
		t += i
		if r := newton(t); r*r == t {
			fmt.Println("triangular", i, "=", t, "=", r, "squared")
		}
	}
	// Pythagorean triples with hypotenuse below 50.
	triples := 0
	for a := 1; a < 50; a++ {
		for b := a; b < 50; b++ {
			c2 := a*a + b*b
			c := newton(c2)
			if c*c == c2 && c < 50 {
				triples++
				fmt.Println(a, b, c)
			}
		}
	}
	fmt.Println("triples:", triples)
}
