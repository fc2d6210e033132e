package main

type S struct{ s []int }

func main() {
	var a, b [2]func()
	_ = a == b // ERROR "invalid operation: a == b \\(\\[2\\]func\\(\\) cannot be compared\\)"
	var c, d [3]S
	_ = c != d // ERROR "invalid operation: c != d \\(\\[3\\]S cannot be compared\\)"
	var e, f [2]map[int]int
	_ = e == f // ERROR "invalid operation: e == f \\(\\[2\\]map\\[int\\]int cannot be compared\\)"
	var g, h [2][2]int
	_ = g == h
	var i [2]int
	var j [2]int64
	_ = i == j // ERROR "invalid operation: i == j \\(mismatched types \\[2\\]int and \\[2\\]int64\\)"
	_ = i < i // ERROR "invalid operation: i < i \\(operator < not defined on array\\)"
}
