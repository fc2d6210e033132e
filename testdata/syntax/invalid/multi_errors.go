package main

func f() {
	x := 1 +
} // ERROR "syntax error: unexpected \\}, expected expression"

func g() {
	for i := 0; i < 3; j := 1 { // ERROR "syntax error: cannot declare in post statement of for loop"
	}
}

func h() {
	if x = 2 { // ERROR "syntax error: cannot use assignment x = 2 as value"
	}
}
