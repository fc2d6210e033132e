package main

func main() {
	panic() // ERROR "invalid operation: not enough arguments for panic\\(\\) \\(expected 1, found 0\\)"
	panic(1, 2) // ERROR "invalid operation: too many arguments for panic\\(1, 2\\) \\(expected 1, found 2\\)"
	_ = recover(1) // ERROR "invalid operation: too many arguments for recover\\(1\\) \\(expected 0, found 1\\)"
	_ = print(1) // ERROR "print\\(1\\) \\(no value\\) used as value"
	_ = println("x") // ERROR "println\\(\"x\"\\) \\(no value\\) used as value"
	var x int = panic("p") // ERROR "panic\\(\"p\"\\) \\(no value\\) used as value"
	_ = x
}
