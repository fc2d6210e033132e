package main

func a() {
	x := 1 y // ERROR "syntax error: unexpected name y at end of statement"
}

func b() {
	z := ) // ERROR "syntax error: unexpected \\), expected expression"
}

func c() {
	return 1 2 // ERROR "syntax error: unexpected literal 2 at end of statement"
}
