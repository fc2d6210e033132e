package main

import (
	"fmt"
)

func double() (r int) {
	defer func() { r *= 2 }()
	r = 5
	return
}

func overrideReturn() (r int) {
	defer func() { r = r + 100 }()
	return 7 // r = 7, then deferred adds 100
}

func unnamed() int {
	x := 1
	defer func() { x = 1000 }() // no effect on result
	return x
}

func multiple() (a int, b string) {
	defer func() {
		a++
		b += "!"
	}()
	defer func() {
		a *= 10
		b = "[" + b + "]"
	}()
	return 4, "hi"
}

func errOnFailure(fail bool) (err error) {
	defer func() {
		if err != nil {
			err = fmt.Errorf("wrapped: %v", err)
		}
	}()
	if fail {
		return fmt.Errorf("base failure")
	}
	return nil
}

func counter() (n int) {
	for i := 0; i < 3; i++ {
		defer func() { n += i }()
	}
	return 10
}

func main() {
	fmt.Println(double())
	fmt.Println(overrideReturn())
	fmt.Println(unnamed())
	fmt.Println(multiple())
	fmt.Println(errOnFailure(true))
	fmt.Println(errOnFailure(false))
	fmt.Println(counter())
}
