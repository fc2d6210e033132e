package main

import "fmt"

func at(s string, i int) int {
	return int(s[i])
}

func main() {
	s := "abc"
	for i := 0; i <= 5; i++ {
		fmt.Println("s[", i, "] =", at(s, i))
	}
}
