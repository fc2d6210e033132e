package main

import "fmt"

func avg(xs []int) int {
	s := 0
	for _, x := range xs {
		s += x
	}
	return s / len(xs)
}

func main() {
	fmt.Println(avg([]int{1, 2, 3}), avg([]int{10}), avg([]int{-7, 2}))
	zero := 0.0
	fmt.Println(1/zero, "float division by zero does not panic")
	var d int8 = 0
	var n int8 = -128
	fmt.Println(n/(d+1), n/(d-1), n%(d-1))
	for _, den := range []int{3, -3, 7} {
		fmt.Println(17/den, 17%den, -17/den, -17%den)
	}
	parts := []int{4, 2, 1}
	for _, p := range parts {
		fmt.Print(100/p, " ", 100%p, "; ")
	}
	fmt.Println()
	var big int64 = -1 << 63
	fmt.Println(big/-1, big%-1)
	fmt.Println("average of empty slice")
	fmt.Println(avg(nil))
}
