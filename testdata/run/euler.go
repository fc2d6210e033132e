package main

import "fmt"

func problem1() int {
	s := 0
	for i := range 1000 {
		if i%3 == 0 || i%5 == 0 {
			s += i
		}
	}
	return s
}

func problem5() int {
	n := 1
	for k := 2; k <= 20; k++ {
		a, b := n, k
		for b != 0 {
			a, b = b, a%b
		}
		n = n / a * k
	}
	return n
}

func problem6() int {
	sum, sq := 0, 0
	for i := 1; i <= 100; i++ {
		sum += i
		sq += i * i
	}
	return sum*sum - sq
}

func problem7() int {
	count := 0
	for n := 2; ; n++ {
		prime := true
		for d := 2; d*d <= n; d++ {
			if n%d == 0 {
				prime = false
				break
			}
		}
		if prime {
			count++
			if count == 10001 {
				return n
			}
		}
	}
}

func problem9() (int, int, int) {
	for a := 1; a < 1000; a++ {
		for b := a + 1; a+b < 1000; b++ {
			c := 1000 - a - b
			if a*a+b*b == c*c {
				return a, b, c
			}
		}
	}
	return 0, 0, 0
}

func problem12() int {
	t := 0
	for i := 1; ; i++ {
		t += i
		divs := 0
		for d := 1; d*d <= t; d++ {
			if t%d == 0 {
				divs += 2
				if d*d == t {
					divs--
				}
			}
		}
		if divs > 200 {
			return t
		}
	}
}

func problem15() int {
	// C(40, 20) computed incrementally; each step stays exact.
	r := 1
	for i := 1; i <= 20; i++ {
		r = r * (20 + i) / i
	}
	return r
}

func problem16() int {
	// Digit sum of 2^100 using base 1e9 limbs held in separate variables.
	l0, l1, l2, l3 := 1, 0, 0, 0
	const base = 1000000000
	for range 100 {
		l0 *= 2
		l1 *= 2
		l2 *= 2
		l3 *= 2
		l1 += l0 / base
		l0 %= base
		l2 += l1 / base
		l1 %= base
		l3 += l2 / base
		l2 %= base
	}
	s := 0
	for l := l0; l > 0; l /= 10 {
		s += l % 10
	}
	for l := l1; l > 0; l /= 10 {
		s += l % 10
	}
	for l := l2; l > 0; l /= 10 {
		s += l % 10
	}
	for l := l3; l > 0; l /= 10 {
		s += l % 10
	}
	fmt.Println("2^100 limbs:", l3, l2, l1, l0)
	return s
}

func main() {
	fmt.Println("1:", problem1())
	fmt.Println("5:", problem5())
	fmt.Println("6:", problem6())
	fmt.Println("7:", problem7())
	a, b, c := problem9()
	fmt.Println("9:", a, b, c, a*b*c)
	fmt.Println("12:", problem12())
	fmt.Println("15:", problem15())
	fmt.Println("16:", problem16())
}
