package main

import "fmt"

func window(s []int, hi int) []int {
	return s[:hi]
}

func main() {
	s := make([]int, 2, 3)
	for i := range s {
		s[i] = i + 1
	}
	// Reslicing up to the capacity is allowed, even past the length.
	for hi := 0; hi <= cap(s); hi++ {
		w := window(s, hi)
		fmt.Println("hi", hi, "->", w, len(w), cap(w))
	}
	t := s[1:]
	fmt.Println(t, len(t), cap(t))
	t = t[:2]
	fmt.Println(t, len(t), cap(t))
	u := s[:0]
	fmt.Println(u, len(u), cap(u), u == nil)
	u = append(u, 9)
	fmt.Println(s, u)
	arr := [5]int{1, 2, 3, 4, 5}
	v := arr[1:3]
	fmt.Println(v, len(v), cap(v), v[:4])
	hi := 5
	fmt.Println("slicing beyond capacity")
	fmt.Println(window(s, hi))
}
