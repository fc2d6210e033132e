package main

type I interface{ M() }

type S struct{ f func() }

func main() {
	var i I
	var s string
	var m, m1 map[int]int
	var st S
	var c int
	var p *int
	var e interface{}
	switch i {
	case s: // ERROR "invalid case s in switch on i \\(mismatched types string and I\\)"
	}
	switch m {
	case nil:
	case m1: // ERROR "invalid case m1 in switch on m \\(map can only be compared to nil\\)"
	}
	switch st { // ERROR "cannot switch on st \\(variable of type S\\) \\(S is not comparable\\)"
	case st:
	}
	switch c {
	case 1.5, "a", nil, p: // ERROR "1\\.5 \\(untyped float constant\\) truncated to int" "cannot convert \"a\" \\(untyped string constant\\) to type int" "cannot convert nil to type int" "invalid case p in switch on c \\(mismatched types \\*int and int\\)"
	}
	switch {
	case 1: // ERROR "cannot convert 1 \\(untyped int constant\\) to type bool"
	case c: // ERROR "invalid case c in switch on true \\(mismatched types int and bool\\)"
	}
	switch e {
	case st, 1, s: // ERROR "invalid case st in switch on e \\(struct containing func\\(\\) cannot be compared\\)"
	}
}
