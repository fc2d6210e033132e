package main

import "fmt"

func mk(n int) []int {
	return make([]int, n)
}

func main() {
	for _, n := range []int{0, 1, 3} {
		s := mk(n)
		fmt.Println(n, s, len(s), cap(s), s == nil)
	}
	s := make([]string, 2, 5)
	fmt.Printf("%q %d %d\n", s, len(s), cap(s))
	b := make([]byte, 4)
	copy(b, "abcdef")
	fmt.Println(string(b))
	m := make(map[int]int, 0)
	m[1] = 1
	fmt.Println(m)
	grid := make([][]int, 2)
	for i := range grid {
		grid[i] = make([]int, 3)
		grid[i][i] = 1
	}
	fmt.Println(grid)
	n := 3
	n -= 5
	fmt.Println("making slice with len", n)
	s2 := mk(n)
	fmt.Println("unreachable", s2)
}
