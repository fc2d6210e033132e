package main

func main() {
	defer
} // ERROR "syntax error: unexpected \\}, expected expression"
