package main

func main() {
	var a float64 = 1e400 // ERROR "cannot use 1e400 \\(untyped float constant 1e\\+400\\) as float64 value in variable declaration \\(overflows\\)"
	var b float32 = 1e39 // ERROR "cannot use 1e39 \\(untyped float constant 1e\\+39\\) as float32 value in variable declaration \\(overflows\\)"
	var c float32 = -1e39 // ERROR "cannot use -1e39 \\(untyped float constant -1e\\+39\\) as float32 value in variable declaration \\(overflows\\)"
	const big = 1e500
	var d float64 = big // ERROR "cannot use big \\(untyped float constant 1e\\+500\\) as float64 value in variable declaration \\(overflows\\)"
	var e = 1e309 // ERROR "cannot use 1e309 \\(untyped float constant 1e\\+309\\) as float64 value in variable declaration \\(overflows\\)"
	f := 2e308 // ERROR "cannot use 2e308 \\(untyped float constant 2e\\+308\\) as float64 value in assignment \\(overflows\\)"
	var ok float64 = 1e300
	var g float32 = 3.4e38
	_, _, _, _, _, _, _, _ = a, b, c, d, e, f, ok, g
}
