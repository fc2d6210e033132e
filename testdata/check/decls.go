package main

var g = 1
var g = 2 // ERROR "g redeclared in this block"

func h() {}
func h() {} // ERROR "h redeclared in this block"

func main() {
	a := 1
	a := 2 // ERROR "no new variables on left side of :="
	var b, c = 1 // ERROR "assignment mismatch: 2 variables but 1 value"
	d, e := 1, 2, 3 // ERROR "assignment mismatch: 2 variables but 3 values"
	println(a, b, c, d, e)
	if 1 { // ERROR "non-boolean condition in if statement"
	}
	for "x" { // ERROR "non-boolean condition in for statement"
	}
}
