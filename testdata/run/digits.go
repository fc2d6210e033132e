package main

import "fmt"

func digitSum(n int) int {
	if n < 0 {
		n = -n
	}
	s := 0
	for n > 0 {
		s += n % 10
		n /= 10
	}
	return s
}

func digitalRoot(n int) int {
	for n >= 10 {
		n = digitSum(n)
	}
	return n
}

func reverse(n int) int {
	r := 0
	for n > 0 {
		r = r*10 + n%10
		n /= 10
	}
	return r
}

func numDigits(n int) int {
	if n == 0 {
		return 1
	}
	c := 0
	for ; n != 0; n /= 10 {
		c++
	}
	return c
}

func isPalindrome(n int) bool { return n == reverse(n) }

func isArmstrong(n int) bool {
	k := numDigits(n)
	s := 0
	for m := n; m > 0; m /= 10 {
		d := m % 10
		p := 1
		for i := 0; i < k; i++ {
			p *= d
		}
		s += p
	}
	return s == n
}

func main() {
	nums := 0
	for n := 0; n <= 1000000; n = n*7 + 3 {
		fmt.Println(n, digitSum(n), digitalRoot(n), reverse(n), numDigits(n))
		nums++
	}
	fmt.Println(nums, "numbers", digitSum(-987), numDigits(-12345), numDigits(9223372036854775807))
	fmt.Print("palindromes 100..200:")
	for n := 100; n < 200; n++ {
		if isPalindrome(n) {
			fmt.Print(" ", n)
		}
	}
	fmt.Println()
	fmt.Print("armstrong numbers:")
	for n := 1; n < 100000; n++ {
		if isArmstrong(n) {
			fmt.Print(" ", n)
		}
	}
	fmt.Println()
	// Lychrel-style reverse-and-add iterations.
	for n := 10; n <= 200; n += 19 {
		m, it := n, 0
		for !isPalindrome(m) && it < 30 {
			m += reverse(m)
			it++
		}
		fmt.Println("reverse-and-add", n, "->", m, "in", it)
	}
	// Largest palindrome made from the product of two 3-digit numbers.
	best := 0
	for a := 100; a < 1000; a++ {
		for b := a; b < 1000; b++ {
			if p := a * b; p > best && isPalindrome(p) {
				best = p
			}
		}
	}
	fmt.Println("largest palindrome product:", best)
}
