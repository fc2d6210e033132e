package main

import "fmt"

type Point struct{ X, Y int }

func strSwitch(s string) string {
	switch s {
	case "a", "e", "i", "o", "u":
		return "vowel"
	case "":
		return "empty"
	case "y":
		return "sometimes"
	}
	return "consonant"
}

func structSwitch(p Point) string {
	switch p {
	case Point{0, 0}:
		return "origin"
	case Point{1, 0}, Point{0, 1}:
		return "unit"
	}
	return "elsewhere"
}

func ifaceSwitch(v any) string {
	switch v {
	case nil:
		return "nil"
	case 1:
		return "int one"
	case "1":
		return "string one"
	case 1.0:
		return "float one"
	case Point{1, 1}:
		return "point"
	}
	return fmt.Sprintf("other %v", v)
}

func floatSwitch(f float64) string {
	switch f {
	case 0:
		return "zero"
	case 0.5, 0.25:
		return "fraction"
	case 1e100:
		return "googol"
	}
	if f != f {
		return "nan (no case matched)"
	}
	return "other"
}

func main() {
	for _, s := range []string{"a", "b", "", "y", "u"} {
		fmt.Print(strSwitch(s), " ")
	}
	fmt.Println()
	for _, p := range []Point{{0, 0}, {0, 1}, {2, 2}} {
		fmt.Print(structSwitch(p), " ")
	}
	fmt.Println()
	for _, v := range []any{nil, 1, "1", 1.0, Point{1, 1}, int64(1), true} {
		fmt.Print(ifaceSwitch(v), "; ")
	}
	fmt.Println()
	zero := 0.0
	for _, f := range []float64{0, -zero, 0.25, 1e100, zero / zero, 3} {
		fmt.Print(floatSwitch(f), " ")
	}
	fmt.Println()
	x := 5
	switch {
	case x > 3 && x < 10:
		fmt.Println("between")
	case x > 0:
		fmt.Println("positive")
	}
	switch y := x * 2; y {
	case 10:
		fmt.Println("y is 10")
	default:
		fmt.Println("y is", y)
	}
	calls := 0
	f := func(v int) int { calls++; return v }
	switch 3 {
	case f(1), f(2), f(3), f(4):
		fmt.Println("matched after", calls, "calls")
	}
	switch r := 'x'; r {
	case 'a', 'x':
		fmt.Println("rune match")
	}
	var b bool
	switch b {
	case true:
		fmt.Println("true")
	case false:
		fmt.Println("false")
	}
}
