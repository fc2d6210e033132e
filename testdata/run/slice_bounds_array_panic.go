package main

import "fmt"

func prefix(p *[4]int, n int) []int {
	return p[:n]
}

func main() {
	var arr [4]int
	for i := range arr {
		arr[i] = (i + 1) * 100
	}
	p := &arr
	for n := 0; n <= 4; n++ {
		s := prefix(p, n)
		fmt.Println(n, s, len(s), cap(s))
	}
	s := prefix(p, 2)
	s = append(s, 7) // writes arr[2]
	fmt.Println(arr)
	tail := p[2:]
	tail[1] = -1
	fmt.Println(arr, len(tail), cap(tail))
	mid := arr[1:3]
	fmt.Println(mid, cap(mid), mid[:3])
	n := 4
	fmt.Println(len(arr[n:]), len(p[:n]))
	n++
	fmt.Println("slicing array pointer past length")
	fmt.Println(prefix(p, n))
}
