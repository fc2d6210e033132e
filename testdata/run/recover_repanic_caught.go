package main

import "fmt"

func level3() {
	defer func() {
		r := recover()
		fmt.Println("level3 recovered:", r)
		panic(fmt.Sprint("L3(", r, ")"))
	}()
	panic("origin")
}

func level2() {
	defer func() {
		r := recover()
		fmt.Println("level2 recovered:", r)
		panic(fmt.Sprint("L2(", r, ")"))
	}()
	level3()
}

func level1() (out string) {
	defer func() {
		r := recover()
		out = fmt.Sprint("level1 final: ", r)
	}()
	level2()
	return "normal"
}

func main() {
	fmt.Println(level1())
	// panic in a deferred function replaces the current panic
	func() {
		defer func() {
			fmt.Println("outer recovered:", recover())
		}()
		defer func() {
			panic("second")
		}()
		panic("first")
	}()
	fmt.Println("done")
}
