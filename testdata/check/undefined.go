package main

func main() {
	x := y + 1 // ERROR "undefined: y"
	println(x)
	foo() // ERROR "undefined: foo"
	var t undefinedType // ERROR "undefined: undefinedType"
	println(t)
}
