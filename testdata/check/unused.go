package main

import "fmt"
import f2 "fmt" // ERROR "\"fmt\" imported as f2 and not used"

func main() {
	x := 1 // ERROR "declared and not used: x"
	var y int // ERROR "declared and not used: y"
	y = 2
	z := 3
	z++
	fmt.Println("ok")
}
