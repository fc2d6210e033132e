package main

import "fmt"

type Parser func(string) (int, string, bool)

func digit(s string) (int, string, bool) {
	if len(s) > 0 && s[0] >= '0' && s[0] <= '9' {
		return int(s[0] - '0'), s[1:], true
	}
	return 0, s, false
}

func many(p Parser) func(string) ([]int, string) {
	return func(s string) ([]int, string) {
		var out []int
		for {
			v, rest, ok := p(s)
			if !ok {
				return out, rest
			}
			out = append(out, v)
			s = rest
		}
	}
}

func variadic(fs ...func() int) int {
	t := 0
	for _, f := range fs {
		t += f()
	}
	return t
}

func main() {
	p := Parser(digit)
	v, rest, ok := p("7abc")
	fmt.Println(v, rest, ok)
	v, rest, ok = p("abc")
	fmt.Println(v, rest, ok)
	ds, tail := many(digit)("12345xyz")
	fmt.Println(ds, tail)
	ds, tail = many(p)("")
	fmt.Println(ds == nil, tail == "")
	one := func() int { return 1 }
	fmt.Println(variadic(), variadic(one), variadic(one, one, func() int { return 40 }))
	swap := func(a, b string) (string, string) { return b, a }
	x, y := swap("first", "second")
	fmt.Println(x, y)
	fmt.Println(swap(swap("a", "b")))
	divmod := func(a, b int) (q, r int) {
		q = a / b
		r = a % b
		return
	}
	fmt.Println(divmod(17, 5))
	fmt.Println(divmod(-17, 5))
}
