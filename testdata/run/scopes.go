package main

import "fmt"

var x = "package x"

const y = 10

func shadowParam(x int) int {
	x *= 2 // the parameter shadows the package variable
	return x
}

func main() {
	fmt.Println(x, y)
	x := 1
	fmt.Println("main x", x)
	{
		x := "block x"
		fmt.Println(x)
		{
			x := true
			fmt.Println("inner", x)
		}
		fmt.Println(x)
	}
	fmt.Println("main x", x)
	y := y * 2 // the right side refers to the constant
	fmt.Println("local y", y)
	for x := 0; x < 2; x++ {
		x := x + 100
		fmt.Println("loop body x", x)
	}
	for i := range 3 {
		i := i * i
		fmt.Println("range body i", i)
	}
	if x := "if x"; len(x) > 0 {
		fmt.Println(x)
	} else {
		fmt.Println("else", x)
	}
	switch x := x + 41; x {
	case 42:
		x := "case x"
		fmt.Println(x)
	}
	fmt.Println("main x", x, shadowParam(21), x)
	fmt.Println(pkg())
	// A function name can be shadowed by a variable.
	pkg := 5
	fmt.Println("pkg", pkg)
	// Labels have their own namespace.
	x = 0
x:
	for {
		x++
		if x > 3 {
			break x
		}
	}
	fmt.Println("x after label loop", x)
}

func pkg() string {
	return x
}
