package main

import "fmt"

func div(a, b int) int {
	return a / b
}

func main() {
	for d := 3; d >= 0; d-- {
		fmt.Println("100 /", d, "=", div(100, d))
	}
	fmt.Println("not reached")
}
