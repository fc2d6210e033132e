package main

type I interface{ M() }

type T struct{}

func (T) M() {}

func main() {
	var e interface{} = 1
	switch e.(type) {
	case int, string, int: // ERROR "duplicate case int in type switch"
	case T, T: // ERROR "duplicate case T in type switch"
	case nil:
	case bool:
	case nil: // ERROR "duplicate case nil in type switch"
	}
	switch v := e.(type) {
	case int:
		_ = v + "s" // ERROR "invalid operation: v \\+ \"s\" \\(mismatched types int and untyped string\\)"
	case string:
		_ = v + 1 // ERROR "invalid operation: v \\+ 1 \\(mismatched types string and untyped int\\)"
	}
	switch e.(type) {
	case undefinedType: // ERROR "undefined: undefinedType"
	}
	switch e.(type) {
	case 5: // ERROR "5 is not a type"
	}
}
