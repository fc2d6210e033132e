package main

import "fmt"

func check(n int) {
	if n > 3 {
		panic("boom")
	}
	fmt.Println("check", n, "ok")
}

func main() {
	for i := 0; i < 10; i++ {
		check(i)
	}
}
