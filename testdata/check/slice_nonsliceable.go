package main

type T struct{}

func main() {
	n := 5
	_ = n[1:] // ERROR "invalid operation: cannot slice n \\(variable of type int\\)"
	var t T
	_ = t[:] // ERROR "invalid operation: cannot slice t \\(variable of type T\\)"
	m := map[int]int{}
	_ = m[1:2] // ERROR "invalid operation: cannot slice m \\(variable of type map\\[int\\]int\\)"
	_ = n[0] // ERROR "invalid operation: cannot index n \\(variable of type int\\)"
	p := &[]int{1}
	_ = p[0] // ERROR "invalid operation: cannot index p \\(variable of type \\*\\[\\]int\\)"
	_ = p[:] // ERROR "invalid operation: cannot slice p \\(variable of type \\*\\[\\]int\\)"
	var f func()
	_ = f[0] // ERROR "invalid operation: cannot index f \\(variable of type func\\(\\)\\)"
}
