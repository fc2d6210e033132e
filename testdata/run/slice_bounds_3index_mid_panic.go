package main

import "fmt"

func cut(s []int, i, j, k int) []int {
	return s[i:j:k]
}

func main() {
	s := make([]int, 10)
	for i := range s {
		s[i] = i
	}
	triples := [][3]int{{0, 0, 0}, {2, 4, 6}, {2, 6, 6}, {0, 10, 10}, {9, 10, 10}, {5, 5, 8}}
	for _, t := range triples {
		r := cut(s, t[0], t[1], t[2])
		fmt.Println(t, "->", r, len(r), cap(r))
	}
	r := cut(s, 1, 2, 3)
	r = append(r, 100)
	fmt.Println(s[:4], r)
	r = append(r, 200)
	r[0] = -1
	fmt.Println(s[:4], r)
	for _, k := range []int{4, 6, 10} {
		c := cut(s, 0, 4, k)
		fmt.Print(len(c), "/", cap(c), " ")
	}
	fmt.Println()
	i, j, k := 2, 6, 4
	fmt.Println("middle index beyond max")
	fmt.Println(cut(s, i, j, k))
}
