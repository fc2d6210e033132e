package main

import "fmt"

func main() {
	fmt.Println("hello, world")
	fmt.Println()
	fmt.Println(42)
	fmt.Println(-7, 0, 1000000)
	fmt.Println(true, false)
	fmt.Println("a", "b", "c")
	fmt.Println("answer:", 6*7, "ok:", true)
	fmt.Println("")
	fmt.Println("", "")
	// fmt.Print adds a space between operands when neither is a string.
	fmt.Print(1, 2, 3)
	fmt.Print("\n")
	fmt.Print("x", 1, 2, "y", "z", 3, "\n")
	fmt.Print(true, false, "\n")
	fmt.Print(1, true, 2, "\n")
	fmt.Print("no newline at first, ")
	fmt.Print("then one\n")
	fmt.Print()
	fmt.Println("tab\there", "quote\"inside", "back\\slash")
	fmt.Println("multi\nline")
	fmt.Println(`raw string with \n kept`)
	fmt.Println("unicode: héllo wörld, 日本語")
	fmt.Println(9223372036854775807, -9223372036854775808)
}
