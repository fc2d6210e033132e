package main

const k = 1

func f() int { return 1 }

func main() {
	k = 2 // ERROR "cannot assign to k \\(neither addressable nor a map index expression\\)"
	f() = 3 // ERROR "cannot assign to f\\(\\) \\(neither addressable nor a map index expression\\)"
	s := "abc"
	s[0] = 'x' // ERROR "cannot assign to s\\[0\\] \\(neither addressable nor a map index expression\\)"
	x := 1
	x // ERROR "x \\(variable of type int\\) is not used"
	x == 2 // ERROR "x == 2 \\(untyped bool value\\) is not used"
	1 + 2 // ERROR "1 \\+ 2 \\(untyped int constant 3\\) is not used"
	println(s)
}
