package main

import "fmt"
import "os" // ERROR "\"os\" imported and not used"

func main() {
	x := 1 // ERROR "declared and not used: x"
	var y int // ERROR "declared and not used: y"
	y = 2
	z := 3
	z++
	fmt.Println("ok")
}
