package main

func main() {
	x := 1
	switch x {
	case "a": // ERROR "cannot convert \"a\" \\(untyped string constant\\) to type int"
	case 1, 1: // ERROR "duplicate case 1 \\(constant of type int\\) in expression switch"
	}
	var i any = x
	switch v := i.(type) { // ERROR "v declared and not used"
	case int:
	}
	switch x.(type) { // ERROR "x \\(variable of type int\\) is not an interface"
	}
	switch {
	case x: // ERROR "invalid case x in switch on true \\(mismatched types int and bool\\)"
	}
}
