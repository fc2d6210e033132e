package main

import "fmt"

func lastByte(s string) int {
	return int(s[len(s)-1])
}

func main() {
	words := "go|rust|"
	fmt.Println(lastByte(words), lastByte("x"))
	w := ""
	println("about to read the last byte of an empty string")
	fmt.Println(lastByte(w))
}
