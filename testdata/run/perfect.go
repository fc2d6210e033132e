package main

import "fmt"

func divisorSum(n int) int {
	if n < 2 {
		return 0
	}
	s := 1
	for d := 2; d*d <= n; d++ {
		if n%d == 0 {
			s += d
			if d*d != n {
				s += n / d
			}
		}
	}
	return s
}

func kind(n int) string {
	s := divisorSum(n)
	switch {
	case s == n:
		return "perfect"
	case s > n:
		return "abundant"
	default:
		return "deficient"
	}
}

func main() {
	for n := 1; n <= 30; n++ {
		fmt.Println(n, divisorSum(n), kind(n))
	}
	fmt.Print("perfect:")
	for n := 2; n < 10000; n++ {
		if divisorSum(n) == n {
			fmt.Print(" ", n)
		}
	}
	fmt.Println()
	fmt.Println("amicable pairs:")
	total := 0
	for a := 2; a < 10000; a++ {
		b := divisorSum(a)
		if b > a && divisorSum(b) == a {
			fmt.Println(" ", a, b)
			total += a + b
		}
	}
	fmt.Println("sum of amicable numbers:", total)
	abundant, deficient := 0, 0
	for n := 1; n <= 1000; n++ {
		switch kind(n) {
		case "abundant":
			abundant++
		case "deficient":
			deficient++
		}
	}
	fmt.Println("abundant", abundant, "deficient", deficient)
	fmt.Println(divisorSum(33550336) == 33550336)
}
