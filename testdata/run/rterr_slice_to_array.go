package main

import "fmt"

func firstThree(s []int) [3]int { return [3]int(s) }

func main() {
	s := []int{1, 2, 3, 4, 5}
	a3 := firstThree(s)
	a3[0] = 100 // array is a copy
	fmt.Println(a3, s[0])
	p := (*[5]int)(s)
	p[0] = 10 // pointer aliases the slice
	fmt.Println(s[0], len(p))
	p2 := (*[2]int)(s[3:])
	p2[1] = 50
	fmt.Println(s)
	a0 := [0]int(s[:0])
	fmt.Println(len(a0))
	var nilS []int
	np := (*[0]int)(nilS)
	fmt.Println(np == nil)
	fmt.Println(firstThree(s[2:]))
	arr := [5]int(s)
	arr[4] = -5
	fmt.Println(arr, s[4])
	short := s[:2]
	fmt.Println("converting short slice")
	a4 := [4]int(short)
	fmt.Println(a4)
}
