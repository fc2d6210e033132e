package main

import "fmt"

// A recursive-descent evaluator for integer expressions with + - * / % and
// parentheses, working byte by byte on the input string.

var input string
var pos int
var failed bool

func peek() int {
	for pos < len(input) && int(input[pos]) == 32 {
		pos++
	}
	if pos >= len(input) {
		return 0
	}
	return int(input[pos])
}

func expr() int {
	v := term()
	for {
		switch peek() {
		case 43: // +
			pos++
			v += term()
		case 45: // -
			pos++
			v -= term()
		default:
			return v
		}
	}
}

func term() int {
	v := factor()
	for {
		c := peek()
		if c != 42 && c != 47 && c != 37 {
			return v
		}
		pos++
		r := factor()
		if c == 42 {
			v *= r
			continue
		}
		if r == 0 {
			failed = true
			return 0
		}
		if c == 47 {
			v /= r
		} else {
			v %= r
		}
	}
}

func factor() int {
	c := peek()
	switch {
	case c == 45:
		pos++
		return -factor()
	case c == 40: // (
		pos++
		v := expr()
		if peek() != 41 {
			failed = true
			return 0
		}
		pos++
		return v
	case c >= 48 && c <= 57:
		v := 0
		for pos < len(input) && int(input[pos]) >= 48 && int(input[pos]) <= 57 {
			v = v*10 + int(input[pos]) - 48
			pos++
		}
		return v
	}
	failed = true
	return 0
}

func eval(s string) {
	input, pos, failed = s, 0, false
	v := expr()
	if peek() != 0 {
		failed = true
	}
	if failed {
		fmt.Println(s, "=> error")
		return
	}
	fmt.Println(s, "=>", v)
}

func main() {
	eval("1 + 2")
	eval("2 + 3 * 4")
	eval("(2 + 3) * 4")
	eval("100 / 7 % 4")
	eval("-(3 - 10) * -2")
	eval("((((42))))")
	eval("1 - 2 - 3 - 4")
	eval("2 * (3 + 4) * (5 - 1) / 3")
	eval("7 / 0")
	eval("(1 + 2")
	eval("1 + + 2")
	eval("3 $ 4")
	eval("")
	eval("9223372036854775807 + 1")
	eval("12345679 * 9 * 7")
	eval("1 + 2 * 3 - 4 / 2 + 10 % 4 * (8 - 5)")
}
