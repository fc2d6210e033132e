package main

func main() {
	if { // ERROR "syntax error: missing condition in if statement"
	}
}
