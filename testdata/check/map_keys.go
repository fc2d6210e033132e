package main

type WithSlice struct {
	s []int
}

type Key struct {
	a int
	b string
}

func main() {
	var m1 map[[]int]string // ERROR "invalid map key type \\[\\]int"
	var m2 map[map[string]int]bool // ERROR "invalid map key type map\\[string\\]int"
	var m3 map[func()]int // ERROR "invalid map key type func\\(\\)"
	var m4 map[WithSlice]int // ERROR "invalid map key type WithSlice"
	var m5 map[[2][]int]int // ERROR "invalid map key type \\[2\\]\\[\\]int"
	var ok1 map[Key]int
	var ok2 map[[2]int]int
	var ok3 map[interface{}]int
	_, _, _, _, _ = m1, m2, m3, m4, m5
	_, _, _ = ok1, ok2, ok3
}
