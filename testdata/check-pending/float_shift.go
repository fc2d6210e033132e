package main

func main() {
	var s uint = 2
	var f float64 = 1 << s // ERROR "invalid operation: shifted operand 1 \\(type float64\\) must be integer"
	var g = 1.0 << s // ERROR "invalid operation: shifted operand 1\\.0 \\(type float64\\) must be integer"
	h := 2.5 << 1 // ERROR "invalid operation: shifted operand 2\\.5 \\(untyped float constant\\) must be integer"
	var k float32 = 1 << s // ERROR "invalid operation: shifted operand 1 \\(type float32\\) must be integer"
	var ok int = 1.0 << s
	_ = 1 << 1.5 // ERROR "1\\.5 \\(untyped float constant\\) truncated to uint"
	_ = 1 << -1 // ERROR "invalid operation: negative shift count -1 \\(untyped int constant\\)"
	_, _, _, _, _ = f, g, h, k, ok
}
