package main

func main() {
	_ = make([]int) // ERROR "invalid operation: make\\(\\[\\]int\\) expects 2 or 3 arguments; found 1"
	_ = make([]int, 1, 2, 3) // ERROR "invalid operation: make\\(\\[\\]int, 1, 2, 3\\) expects 2 or 3 arguments; found 4"
	_ = make(map[string]int, 1, 2) // ERROR "invalid operation: make\\(map\\[string\\]int, 1, 2\\) expects 1 or 2 arguments; found 3"
	_ = make(int) // ERROR "invalid argument: cannot make int; type must be slice, map, or channel"
	_ = make([3]int, 3) // ERROR "invalid argument: cannot make \\[3\\]int; type must be slice, map, or channel"
	_ = make([]int, -1) // ERROR "invalid argument: index -1 \\(constant of type int\\) must not be negative"
	_ = make([]int, 5, 2) // ERROR "invalid argument: length and capacity swapped"
	_ = make([]int, 1.5) // ERROR "1\\.5 \\(untyped float constant\\) truncated to int"
	_ = make([]int, "x") // ERROR "cannot convert \"x\" \\(untyped string constant\\) to type int"
	_ = make() // ERROR "invalid operation: not enough arguments for make\\(\\) \\(expected 1, found 0\\)"
	n := 2
	_ = make([]int, n, 1)
	_ = make(map[string]int)
}
