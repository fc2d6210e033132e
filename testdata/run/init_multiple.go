package main

import "fmt"

var order []string

var A = initA()

func initA() int {
	order = append(order, "var A")
	return 1
}

func init() {
	order = append(order, "init 1")
	A *= 10
}

var B = initB()

func initB() int {
	order = append(order, "var B")
	return A + 1 // A initialized first (declaration order, no dependency)
}

func init() {
	order = append(order, "init 2")
	B += 100
}

func init() {
	order = append(order, "init 3")
}

func main() {
	order = append(order, "main")
	for _, o := range order {
		fmt.Println(o)
	}
	fmt.Println(A, B)
}
