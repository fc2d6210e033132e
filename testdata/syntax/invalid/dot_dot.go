package main

func main() {
	x.
} // ERROR "syntax error: unexpected \\}, expected name or \\("
