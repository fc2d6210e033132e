package main

import "fmt"

func sub(s []int, lo, hi int) []int {
	return s[lo:hi]
}

func main() {
	s := []int{1, 2, 3, 4}
	pairs := [][2]int{{0, 0}, {0, 4}, {1, 3}, {2, 2}, {4, 4}, {3, 4}}
	for _, p := range pairs {
		r := sub(s, p[0], p[1])
		fmt.Println(p, "->", r, len(r), cap(r))
	}
	empty := sub(s, 2, 2)
	fmt.Println(empty == nil, len(empty))
	str := "abcd"
	for lo := 0; lo <= len(str); lo++ {
		fmt.Print("[", str[lo:], "]")
	}
	fmt.Println()
	var nilS []int
	fmt.Println(len(nilS[0:0]), nilS[:] == nil)
	for hi := len(s); hi >= 0; hi-- {
		fmt.Print(len(sub(s, 0, hi)), " ")
	}
	fmt.Println()
	lo, hi := 3, 2
	fmt.Println("inverted bounds", lo, hi)
	fmt.Println(sub(s, lo, hi))
}
