package main

import "fmt"

func limit(s []int, hi, max int) []int {
	return s[:hi:max]
}

func main() {
	s := make([]int, 5)
	for i := range s {
		s[i] = i * 11
	}
	for max := 2; max <= 5; max++ {
		l := limit(s, 2, max)
		fmt.Println("max", max, "->", l, len(l), cap(l))
	}
	l := limit(s, 2, 3)
	l = append(l, 99) // fits: overwrites s[2]
	fmt.Println(s, l)
	l = append(l, 100) // exceeds cap 3: reallocates
	l[0] = -1
	fmt.Println(s, l)
	full := s[1:3:5]
	fmt.Println(full, len(full), cap(full))
	zero := s[5:5:5]
	fmt.Println(len(zero), cap(zero))
	arr := [6]int{1, 2, 3, 4, 5, 6}
	p := &arr
	q := p[1:2:4]
	fmt.Println(q, cap(q))
	max := 7
	fmt.Println("three-index max beyond capacity")
	fmt.Println(limit(s, 2, max))
}
