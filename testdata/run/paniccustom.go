package main

import "fmt"

type code int

type label string

func fail(n int) {
	if n > 2 {
		panic(label("too big"))
	}
	fmt.Println("ok", n)
}

func main() {
	var c code = 3
	fmt.Println(int(c))
	for i := range 5 {
		fail(i)
	}
}
