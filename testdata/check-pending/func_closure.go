package main

func main() {
	x := 1
	inc := func() {
		x++
		y := x // ERROR "declared and not used: y"
		z := 2
		_ = z
	}
	inc()
	var counter func() int
	counter = func() string { return "" } // ERROR "cannot use func\\(\\) string \\{…\\} \\(value of type func\\(\\) string\\) as func\\(\\) int value in assignment"
	apply := func(f func(int) int, v int) int { return f(v) }
	_ = apply(func(s string) int { return 0 }, 1) // ERROR "cannot use func\\(s string\\) int \\{…\\} \\(value of type func\\(s string\\) int\\) as func\\(int\\) int value in argument to apply"
	_ = apply(nil, "v") // ERROR "cannot use \"v\" \\(untyped string constant\\) as int value in argument to apply"
	_ = counter
}
