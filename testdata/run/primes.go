package main

import "fmt"

func isPrime(n int) bool {
	if n < 2 {
		return false
	}
	if n%2 == 0 {
		return n == 2
	}
	for d := 3; d*d <= n; d += 2 {
		if n%d == 0 {
			return false
		}
	}
	return true
}

// factor prints the prime factorization of n, e.g. 360 = 2^3 * 3^2 * 5.
func factor(n int) string {
	s := ""
	m := n
	for p := 2; p*p <= m; p++ {
		e := 0
		for m%p == 0 {
			m /= p
			e++
		}
		if e > 0 {
			if s != "" {
				s += " * "
			}
			s += itoa(p)
			if e > 1 {
				s += "^" + itoa(e)
			}
		}
	}
	if m > 1 {
		if s != "" {
			s += " * "
		}
		s += itoa(m)
	}
	return s
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	s := ""
	for n > 0 {
		s = digit(n%10) + s
		n /= 10
	}
	return s
}

func digit(d int) string {
	switch d {
	case 0:
		return "0"
	case 1:
		return "1"
	case 2:
		return "2"
	case 3:
		return "3"
	case 4:
		return "4"
	case 5:
		return "5"
	case 6:
		return "6"
	case 7:
		return "7"
	case 8:
		return "8"
	default:
		return "9"
	}
}

func main() {
	count := 0
	for n := 0; count < 50; n++ {
		if isPrime(n) {
			count++
			fmt.Print(n, " ")
			if count%10 == 0 {
				fmt.Println()
			}
		}
	}
	c := 0
	for n := range 100000 {
		if isPrime(n) {
			c++
		}
	}
	fmt.Println("primes below 100000:", c)
	for n := 2; n <= 30; n++ {
		fmt.Println(n, "=", factor(n))
	}
	fmt.Println(360, "=", factor(360))
	fmt.Println(1001, "=", factor(1001))
	fmt.Println(65536, "=", factor(65536))
	fmt.Println(999999937, "=", factor(999999937))
	fmt.Println(600851475143, "=", factor(600851475143))
	// Twin primes below 200.
	for p := 3; p+2 < 200; p += 2 {
		if isPrime(p) && isPrime(p+2) {
			fmt.Print("(", p, ",", p+2, ") ")
		}
	}
	fmt.Println()
}
