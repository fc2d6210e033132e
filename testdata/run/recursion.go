package main

import "fmt"

func isEven(n int) bool {
	if n == 0 {
		return true
	}
	return isOdd(n - 1)
}

func isOdd(n int) bool {
	if n == 0 {
		return false
	}
	return isEven(n - 1)
}

func power(b, e int) int {
	if e == 0 {
		return 1
	}
	h := power(b, e/2)
	if e%2 == 0 {
		return h * h
	}
	return h * h * b
}

func binom(n, k int) int {
	if k == 0 || k == n {
		return 1
	}
	return binom(n-1, k-1) + binom(n-1, k)
}

func sumDigits(n int) int {
	if n < 10 {
		return n
	}
	return n%10 + sumDigits(n/10)
}

// paths counts monotone lattice paths in an r x c grid.
func paths(r, c int) int {
	if r == 0 || c == 0 {
		return 1
	}
	return paths(r-1, c) + paths(r, c-1)
}

// partitions counts the ways to write n as a sum of parts no larger than m.
func partitions(n, m int) int {
	if n == 0 {
		return 1
	}
	if n < 0 || m == 0 {
		return 0
	}
	return partitions(n-m, m) + partitions(n, m-1)
}

func depth(n int) int {
	if n == 0 {
		return 0
	}
	return 1 + depth(n-1)
}

func mccarthy(n int) int {
	if n > 100 {
		return n - 10
	}
	return mccarthy(mccarthy(n + 11))
}

func tak(x, y, z int) int {
	if y < x {
		return tak(tak(x-1, y, z), tak(y-1, z, x), tak(z-1, x, y))
	}
	return z
}

func main() {
	for n := 0; n < 8; n++ {
		fmt.Println(n, isEven(n), isOdd(n))
	}
	fmt.Println(isEven(10001), isOdd(10001))
	for e := 0; e <= 62; e += 10 {
		fmt.Println("2^", e, "=", power(2, e), "3^", e, "=", power(3, e))
	}
	for n := 0; n <= 10; n++ {
		row := ""
		for k := 0; k <= n; k++ {
			row += " " + fmtInt(binom(n, k))
		}
		fmt.Println(row)
	}
	fmt.Println(sumDigits(987654321), paths(8, 8), partitions(30, 30), partitions(50, 50))
	fmt.Println("depth", depth(100000))
	for n := 80; n <= 110; n += 6 {
		fmt.Println("mccarthy", n, mccarthy(n))
	}
	fmt.Println("tak", tak(18, 12, 6))
}

func fmtInt(n int) string {
	if n >= 10 {
		return fmtInt(n/10) + fmtInt(n%10)
	}
	switch n {
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
	}
	return "9"
}
