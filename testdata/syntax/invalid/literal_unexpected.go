package main

func main() {
	x := 1 "a" // ERROR "syntax error: unexpected literal \"a\" at end of statement"
}
