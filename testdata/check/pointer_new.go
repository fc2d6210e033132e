package main

func main() {
	_ = new(int, 1) // ERROR "invalid operation: too many arguments for new\\(int, 1\\) \\(expected 1, found 2\\)"
	_ = new() // ERROR "invalid operation: not enough arguments for new\\(\\) \\(expected 1, found 0\\)"
	_ = new(5) // ERROR "5 is not a type"
	x := 1
	_ = new(x) // ERROR "x is not a type"
	var p *int = new(string) // ERROR "cannot use new\\(string\\) \\(value of type \\*string\\) as \\*int value in variable declaration"
	_ = p
	_ = new(int)
}
