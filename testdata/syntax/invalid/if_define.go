package main

func main() {
	if x := 2 { // ERROR "syntax error: cannot use x := 2 as value"
	}
}
