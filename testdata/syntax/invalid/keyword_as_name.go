package main

func main() {
	var func int // ERROR "syntax error: unexpected func, expected name"
}
