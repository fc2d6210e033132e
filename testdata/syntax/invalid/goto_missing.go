package main

func main() {
	goto
} // ERROR "syntax error: unexpected \\}, expected name"
