package main

func main() {
	var a float32 = 1
	var b float64 = 2
	_ = a + b // ERROR "invalid operation: a \\+ b \\(mismatched types float32 and float64\\)"
	_ = a < b // ERROR "invalid operation: a < b \\(mismatched types float32 and float64\\)"
	a = b // ERROR "cannot use b \\(variable of type float64\\) as float32 value in assignment"
	var i int = 3
	_ = b * i // ERROR "invalid operation: b \\* i \\(mismatched types float64 and int\\)"
	b += i // ERROR "invalid operation: b \\+= i \\(mismatched types float64 and int\\)"
	_ = a == b // ERROR "invalid operation: a == b \\(mismatched types float32 and float64\\)"
	var c complex128 = 1
	_ = c + b // ERROR "invalid operation: c \\+ b \\(mismatched types complex128 and float64\\)"
	_ = a + 1.5
}
