package main

func two(s string) (string, int) {
	switch s {
	case "a":
		return "x" // ERROR "not enough return values"
	case "b":
		return "x", 1,
			true // ERROR "too many return values"
	case "c":
		return nil, 1, false // ERROR "too many return values"
	}
	return "y", 2
}

func none() {
	if true {
		return "s" + 1 // ERROR "invalid operation: \"s\" \\+ 1 \\(mismatched types untyped string and untyped int\\)"
	}
	return 1 < "s", 2 // ERROR "invalid operation: 1 < \"s\" \\(mismatched types untyped int and untyped string\\)"
}

func main() {
	println(two("a"))
	none()
}
