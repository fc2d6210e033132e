package main

type T struct {
	f [3]int
}

var m map[string][4]int

func g() [5]int { return [5]int{} }

const (
	a = len(T{}.f)
	b = len(m[""])
	c = len([2]T{}[1].f)
	d = len(g()) // ERROR "len\\(g\\(\\)\\) \\(value of type int\\) is not constant"
	e = len([2]int{len(g()), 1}) // ERROR "len\\(\\[2\\]int\\{…\\}\\) \\(value of type int\\) is not constant"
)

func main() {
	println(a, b, c, d, e)
}
