package main

const big = 1 << 100

func main() {
	var a int8 = 200 // ERROR "cannot use 200 \\(untyped int constant\\) as int8 value in variable declaration \\(overflows\\)"
	var b uint = -5 // ERROR "cannot use -5 \\(untyped int constant\\) as uint value in variable declaration \\(overflows\\)"
	var c int = big // ERROR "cannot use big \\(untyped int constant 1267650600228229401496703205376\\) as int value in variable declaration \\(overflows\\)"
	const d = 10 / 0 // ERROR "invalid operation: division by zero"
	x := 5
	println(x / 0) // ERROR "invalid operation: division by zero"
	println(a, b, c, d)
	println(int8(1000)) // ERROR "constant 1000 overflows int8"
}
