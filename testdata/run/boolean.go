package main

import "fmt"

var trace string

func t(name string) bool {
	trace += name
	return true
}

func f(name string) bool {
	trace += name
	return false
}

func run(label string, v bool) {
	fmt.Println(label, v, "evaluated:", trace)
	trace = ""
}

func xor(a, b bool) bool { return a != b }

func main() {
	// Short-circuit evaluation.
	run("t&&t", t("a") && t("b"))
	run("t&&f", t("a") && f("b"))
	run("f&&t", f("a") && t("b"))
	run("f||t", f("a") || t("b"))
	run("t||f", t("a") || f("b"))
	run("f||f||t", f("a") || f("b") || t("c"))
	run("t&&f||t", t("a") && f("b") || t("c"))
	run("f&&t||t&&f", f("a") && t("b") || t("c") && f("d"))
	run("!(f||f)", !(f("a") || f("b")))
	run("t||f&&f", t("a") || f("b") && f("c"))

	// Truth tables.
	for i := range 4 {
		a := i&2 != 0
		b := i&1 != 0
		fmt.Println(a, b, "and", a && b, "or", a || b, "xor", xor(a, b), "eq", a == b, "nand", !(a && b))
	}

	// Comparisons produce bools.
	x, y := 3, 7
	fmt.Println(x < y, x <= y, x > y, x >= y, x == y, x != y)
	fmt.Println(x < x, x <= x, -x > -y, x == 3, !(x == 3))
	eq := x*y == 21
	var flag bool
	fmt.Println(eq, flag, eq == flag, eq != flag, !flag == eq)
	flag = x > 0 && y > 0 && x+y == 10
	fmt.Println("flag", flag)
	// Bool variables in conditions and loops.
	done := false
	steps := 0
	for !done {
		steps++
		done = steps*steps >= 50
	}
	fmt.Println("steps", steps)
	count := 0
	for a := 0; a < 20; a++ {
		even := a%2 == 0
		big := a > 10
		if even && !big || !even && big {
			count++
		}
	}
	fmt.Println("count", count)
	// De Morgan's laws hold for all inputs.
	ok := true
	for i := 0; i < 4; i++ {
		p, q := i&1 == 1, i&2 == 2
		ok = ok && !(p && q) == (!p || !q) && !(p || q) == (!p && !q)
	}
	fmt.Println("de morgan", ok)
}
