package main

import "fmt"

func main() {
	// println and print write to standard error; the harness merges both streams in order.
	fmt.Println("stdout 1")
	println("stderr 1")
	println(1, true, "x")
	println(-42, false)
	println()
	print("a", "b", 3, 4, true, "\n")
	print(12, 34, "\n")
	fmt.Println("stdout 2")
	x := 7
	println("x =", x, "x*x =", x*x, "x > 5:", x > 5)
	println(9223372036854775807, -9223372036854775808)
	print("no newline ")
	print("then newline\n")
	fmt.Print("stdout 3\n")
	for i := range 3 {
		println("loop", i)
		fmt.Println("fmt loop", i)
	}
	s := "str"
	s += "ing"
	println(s, len(s))
	println("")
	println("", "")
	fmt.Println("done")
}
