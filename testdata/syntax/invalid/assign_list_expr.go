package main

func main() {
	a, b // ERROR "syntax error: unexpected newline, expected := or = or comma"
}
