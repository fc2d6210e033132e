package main

func main() {
	f(1,
		2 // ERROR "syntax error: unexpected newline in argument list; possibly missing comma or \\)"
	)
}
