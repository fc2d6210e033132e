package main

type S struct {
	name  string
	items []int
}

type M struct {
	m map[string]int
}

type F struct {
	f func()
}

type Outer struct {
	in S
}

type Good struct {
	a int
	b string
}

func main() {
	var a, b S
	_ = a == b // ERROR "invalid operation: a == b \\(struct containing \\[\\]int cannot be compared\\)"
	var m1, m2 M
	_ = m1 != m2 // ERROR "invalid operation: m1 != m2 \\(struct containing map\\[string\\]int cannot be compared\\)"
	var f1, f2 F
	_ = f1 == f2 // ERROR "invalid operation: f1 == f2 \\(struct containing func\\(\\) cannot be compared\\)"
	var o1, o2 Outer
	_ = o1 == o2 // ERROR "invalid operation: o1 == o2 \\(struct containing S cannot be compared\\)"
	var g1, g2 Good
	_ = g1 == g2
}
