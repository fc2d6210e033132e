package main

type T struct {
	_ int
	a int
	_ string
}

type Anon struct {
	x int
}

func main() {
	var t T
	_ = t._ // ERROR "t\\._ undefined \\(type T has no field or method _\\)"
	t._ = 1 // ERROR "t\\._ undefined \\(type T has no field or method _\\)"
	_ = T{a: 1, _: 2} // ERROR "unknown field _ in struct literal of type T"
	_ = T{1, 2, "s"}
	var s struct{ x int }
	var tagged struct {
		x int `json:"x"`
	}
	s = tagged // ERROR "cannot use tagged \\(variable of type struct\\{x int \"json:\\\\\"x\\\\\"\"\\}\\) as struct\\{x int\\} value in assignment"
	var an Anon = s
	_ = an
	_ = s
}
