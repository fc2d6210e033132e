package main

import "fmt"

func shift(x, n int) int { return x << n }

func main() {
	for _, n := range []int{0, 1, 63, 64, 100} {
		fmt.Println(shift(1, n), -8>>n, uint8(200)>>n)
	}
	fmt.Println(shift(1, -1))
}
