package main

type T struct {
	f map[string]string
	n *T
}

type K struct{ i int }

type M map[K]K

func main() {
	_ = T{f: {"a": "b"}} // ERROR "missing type in composite literal"
	_ = &T{nil, {}} // ERROR "missing type in composite literal"
	_ = M{{}: {1}, {2}: {"x"}} // ERROR "cannot use \"x\" \\(untyped string constant\\) as int value in struct literal"
}
