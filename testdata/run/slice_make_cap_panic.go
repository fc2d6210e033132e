package main

import "fmt"

func mk(l, c int) []int {
	return make([]int, l, c)
}

func main() {
	for _, lc := range [][2]int{{0, 0}, {0, 4}, {2, 4}, {4, 4}} {
		s := mk(lc[0], lc[1])
		fmt.Println(lc, len(s), cap(s), s)
	}
	s := mk(2, 4)
	s = append(s, 1, 2)
	fmt.Println(s, len(s), cap(s))
	t := s[:cap(s)]
	fmt.Println(len(t))
	u := make([]float64, 1, 1)
	u = append(u, 2.5)
	fmt.Println(u, len(u), cap(u) >= 2)
	var total int
	for i := 0; i < 5; i++ {
		total += cap(mk(i, i*2))
	}
	fmt.Println("total cap", total)
	l, c := 6, 4
	fmt.Println("len larger than cap", l, c)
	s = mk(l, c)
	fmt.Println("unreachable", s)
}
