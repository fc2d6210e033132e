package main

func main() {
	x := 1 y := 2 // ERROR "syntax error: unexpected name y at end of statement"
}
