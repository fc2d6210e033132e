package main

func takes4(x [4]int) {}

func main() {
	var a [3]int
	var b [4]int
	b = a // ERROR "cannot use a \\(variable of type \\[3\\]int\\) as \\[4\\]int value in assignment"
	takes4(a) // ERROR "cannot use a \\(variable of type \\[3\\]int\\) as \\[4\\]int value in argument to takes4"
	var c [3]int64 = a // ERROR "cannot use a \\(variable of type \\[3\\]int\\) as \\[3\\]int64 value in variable declaration"
	s := []int{1, 2, 3}
	a = s // ERROR "cannot use s \\(variable of type \\[\\]int\\) as \\[3\\]int value in assignment"
	var d [3][]int
	var e [3][]int
	_ = d == e // ERROR "invalid operation: d == e \\(\\[3\\]\\[\\]int cannot be compared\\)"
	_ = a == b // ERROR "invalid operation: a == b \\(mismatched types \\[3\\]int and \\[4\\]int\\)"
	_, _ = c, d
}
