package main

import "fmt"

func countdown(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		defer fmt.Println("  countdown iterator done")
		for i := n; i >= 0; i-- {
			if !yield(i) {
				return
			}
		}
	}
}

func main() {
	results := []int{}
	for i := range countdown(4) {
		results = append(results, 100/(i+1))
	}
	fmt.Println(results)
	total := 0
	for i := range countdown(10) {
		if i < 7 {
			break
		}
		total += i
	}
	fmt.Println("total", total)
	for i := range countdown(3) {
		fmt.Println("dividing by", i)
		fmt.Println(12 / i)
	}
}
