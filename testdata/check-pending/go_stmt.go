package main

func f() int { return 1 }

func main() {
	s := []int{1, 2}
	go len(s) // ERROR "go discards result of len\\(s\\) \\(value of type int\\)"
	go f // ERROR "expression in go must be function call"
	go make([]int, 1) // ERROR "go discards result of make\\(\\[\\]int, 1\\) \\(value of type \\[\\]int\\)"
	go f()
	go func() {} // ERROR "expression in go must be function call"
	go func() {}()
	go string("x") // ERROR "go requires function call, not conversion string\\(\"x\"\\) \\(constant \"x\" of type string\\)"
}
