package main

func main() {
	var s uint = 4
	var f float64 = 1 << s // ERROR "invalid operation: shifted operand 1 \\(type float64\\) must be integer"
	var g = 1.0 << s // ERROR "invalid operation: shifted operand 1\\.0 \\(type float64\\) must be integer"
	var h = 1.5 << s // ERROR "invalid operation: shifted operand 1\\.5 \\(untyped float constant\\) must be integer"
	var k float32 = 2
	k = float32(1 << s) // ERROR "invalid operation: shifted operand 1 \\(type float32\\) must be integer"
	_, _, _, _ = f, g, h, k
}
