package main

import "fmt"

type ExitCode int
type Flag bool
type Label string

func main() {
	codes := []ExitCode{0, 1, 2}
	for _, c := range codes {
		fmt.Println("code", c, int(c)*10)
	}
	var f Flag = true
	var l Label = "lbl"
	fmt.Println(f, l)
	fmt.Printf("%T %T %T\n", codes[0], f, l)
	println("println of named int:", codes[2])
	sum := ExitCode(0)
	for _, c := range codes {
		sum += c
	}
	fmt.Println("sum", sum, sum > 2)
	var big ExitCode = 1 << 40
	fmt.Println(big, big>>38)
	if !f {
		fmt.Println("never")
	}
	l += "!"
	fmt.Println(l, len(l))
	var last ExitCode = 3
	panic(last)
}
