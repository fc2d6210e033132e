package main

func main() {
	_ = 1.0 / 0.0 // ERROR "invalid operation: division by zero"
	x := 2.5
	_ = x / 0.0
	_ = float32(1e40) // ERROR "cannot convert 1e40 \\(untyped float constant 1e\\+40\\) to type float32"
	_ = float64(1e400) // ERROR "cannot convert 1e400 \\(untyped float constant 1e\\+400\\) to type float64"
	const big = 1e308 * 10
	var f float64 = big // ERROR "cannot use big \\(untyped float constant 1e\\+309\\) as float64 value in variable declaration \\(overflows\\)"
	_ = 1.5 << 2 // ERROR "invalid operation: shifted operand 1\\.5 \\(untyped float constant\\) must be integer"
	var i int = 10 / 4.0 // ERROR "cannot use 10 / 4\\.0 \\(untyped float constant 2\\.5\\) as int value in variable declaration \\(truncated\\)"
	_ = 0i / 0 // ERROR "invalid operation: division by zero"
	_, _ = f, i
}
