package main

const A = complex(0()) // ERROR "invalid operation: cannot call non-function 0 \\(untyped int constant\\)"

var b = len(undefinedName, 1) // ERROR "undefined: undefinedName"

func main() {
	println(A, b)
}
