package main

import "fmt"

func descend(n int, path string) int {
	if n == 0 {
		panic("reached the bottom via " + path)
	}
	if n%2 == 0 {
		return descend(n-1, path+"L")
	}
	return descend(n-1, path+"R")
}

func main() {
	fmt.Println("starting")
	println("to stderr before the panic")
	total := 0
	for i := 0; i < 5; i++ {
		total += i
	}
	fmt.Println("total", total)
	fmt.Println(descend(6, ""))
}
