package main

import "fmt"

func stubborn(yield func(int) bool) {
	yield(1)
	fmt.Println("ignoring false")
	yield(2)
}

func main() {
	for v := range stubborn {
		fmt.Println("got", v)
		break
	}
	fmt.Println("unreachable")
}
