package main

import "fmt"
import f2 "fmt" // ERROR "\"fmt\" imported as f2 and not used"

func f(a int, b string) (int, bool) {
	return a, b // ERROR "cannot use b \\(variable of type string\\) as bool value in return statement"
}

func g() int {
	for {
		break
	}
} // ERROR "missing return"

func main() {
	x := 1
	var y string = 2 // ERROR "declared and not used: y" "cannot use 2 \\(untyped int constant\\) as string value in variable declaration"
	z := undefinedName // ERROR "declared and not used: z" "undefined: undefinedName"
	a, b := f(1) // ERROR "declared and not used: a" "declared and not used: b" "not enough arguments in call to f"
	c := f(1, "x") // ERROR "declared and not used: c" "assignment mismatch: 1 variable but f returns 2 values"
	if x { // ERROR "non-boolean condition in if statement"
	}
	x := 3 // ERROR "no new variables on left side of :="
	var s string
	s = s + 1 // ERROR "invalid operation: s \\+ 1 \\(mismatched types string and untyped int\\)"
	n := 1 / 0 // ERROR "declared and not used: n" "invalid operation: division by zero"
	var i8 int8 = 300 // ERROR "declared and not used: i8" "cannot use 300 \\(untyped int constant\\) as int8 value in variable declaration \\(overflows\\)"
	fmt.Println("hi" - "there") // ERROR "invalid operation: operator - not defined on \"hi\" \\(untyped string constant\\)"
	break // ERROR "break is not in a loop, switch, or select"
	q, r := 1 // ERROR "declared and not used: q" "declared and not used: r" "assignment mismatch: 2 variables but 1 value"
	continue // ERROR "continue is not in a loop"
	var u uint = -1 // ERROR "declared and not used: u" "cannot use -1 \\(untyped int constant\\) as uint value in variable declaration \\(overflows\\)"
	w := !5 // ERROR "declared and not used: w" "invalid operation: operator ! not defined on 5 \\(untyped int constant\\)"
	len("abc") // ERROR "len\\(\"abc\"\\) \\(constant 3 of type int\\) is not used"
	k := "s"[5] // ERROR "declared and not used: k" "invalid argument: index 5 out of bounds \\[0:1\\]"
}
