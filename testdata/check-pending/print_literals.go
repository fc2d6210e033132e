package main

type S struct {
	f func(struct {
		x int "foo"
	})
}

// Function literals and struct, func and interface type literals are
// printed in full in messages (gc's syntax printer); rgo's printer still
// abbreviates them.
func main() {
	_ = S(struct{ f func(int) }{}) // ERROR "cannot convert struct\\{f func\\(int\\)\\}\\{\\} \\(value of type struct\\{f func\\(int\\)\\}\\) to type S"
	var _ int = func(int, ...string) (int, error) { return 0, nil } // ERROR "cannot use func\\(int, \\.\\.\\.string\\) \\(int, error\\) \\{…\\} \\(value of type func\\(int, \\.\\.\\.string\\) \\(int, error\\)\\) as int value in variable declaration"
	var _ int = interface{ M(int) string }(nil) // ERROR "cannot use interface\\{M\\(int\\) string\\}\\(nil\\) \\(value of type interface\\{M\\(int\\) string\\}\\) as int value in variable declaration"
	var _ int = func() {} // ERROR "cannot use func\\(\\) \\{\\} \\(value of type func\\(\\)\\) as int value in variable declaration"
	var _ int = func(a, b int) (r int) { return } // ERROR "cannot use func\\(a, b int\\) \\(r int\\) \\{…\\} \\(value of type func\\(a int, b int\\) \\(r int\\)\\) as int value in variable declaration"
	var _ int = struct { // ERROR "cannot use struct\\{a, b int; c string \"tag\"\\}\\{\\} \\(value of type struct\\{a int; b int; c string \"tag\"\\}\\) as int value in variable declaration"
		a, b int
		c    string "tag"
	}{}
}
