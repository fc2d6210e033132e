package main

func main() {
	x := 1
	if x == 1 // ERROR "syntax error: unexpected newline, expected \\{ after if clause"
	{
	}
}
