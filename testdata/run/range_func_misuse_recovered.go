package main

import "fmt"

func swallow(yield func(int) bool) {
	defer func() {
		fmt.Println("iterator recovered:", recover())
	}()
	yield(1)
}

func main() {
	defer fmt.Println("main deferred")
	for v := range swallow {
		fmt.Println("got", v)
		panic("from the body")
	}
	fmt.Println("unreachable")
}
