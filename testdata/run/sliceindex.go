package main

import "fmt"

func main() {
	var xs []int
	for i := range 5 {
		xs = append(xs, i*10)
	}
	fmt.Println(len(xs), cap(xs))
	xs[2] = 99
	total := 0
	for _, x := range xs {
		total += x
	}
	fmt.Println(total, xs[2])
	k := 7
	fmt.Println(xs[k])
}
