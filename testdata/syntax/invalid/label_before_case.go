package main

func main() {
	x := 1
	switch x {
	case 0:
	A: // ERROR "syntax error: missing statement after label"
	case 1:
	B: ;
	case 2:
		goto C
	C:
	}
	switch {
	default:
	D: // ERROR "syntax error: missing statement after label"
	case x > 1:
	E:
	}
}
