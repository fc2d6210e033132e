package main

import "fmt"

// sumTo recurses n deep: far more stack than an OS thread's default 8 MB,
// well within Go's 1 GB goroutine limit.
func sumTo(n int) int {
	if n == 0 {
		return 0
	}
	return n + sumTo(n-1)
}

func count(s string, i int) int {
	if i == len(s) {
		return 0
	}
	if s[i] == 'a' {
		return 1 + count(s, i+1)
	}
	return count(s, i+1)
}

func main() {
	fmt.Println(sumTo(3000000))
	s := ""
	for i := range 2000 {
		if i%3 == 0 {
			s += "a"
		} else {
			s += "b"
		}
	}
	fmt.Println(count(s, 0))
}
