package main

func main() {
	f := func() int {
		unused := 3 // ERROR "declared and not used: unused"
		return 1
	}
	g := func(x int) int {
		if x > 0 {
			return 1
		}
	} // ERROR "missing return"
	h := func() {
		return 5 // ERROR "too many return values"
	}
	k := func() (int, string) {
		return 1 // ERROR "not enough return values"
	}
	var m func(int) = func(s string) {} // ERROR "cannot use func\\(s string\\) \\{\\} \\(value of type func\\(s string\\)\\) as func\\(int\\) value in variable declaration"
	_, _, _, _, _ = f, g, h, k, m
}
