package main

import 7	// ERROR "syntax error: import path must be a string"
import 'x'	// ERROR "syntax error: import path must be a string"
import "fmt"

func main() {
	fmt.Println()
}
