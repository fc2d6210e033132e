package main

func main() {
	n := 3
	clear(n) // ERROR "invalid argument: cannot clear n \\(variable of type int\\): argument must be \\(or constrained by\\) map or slice"
	var arr [3]int
	clear(arr) // ERROR "invalid argument: cannot clear arr \\(variable of type \\[3\\]int\\): argument must be \\(or constrained by\\) map or slice"
	s := "abc"
	clear(s) // ERROR "invalid argument: cannot clear s \\(variable of type string\\): argument must be \\(or constrained by\\) map or slice"
	clear() // ERROR "invalid operation: not enough arguments for clear\\(\\) \\(expected 1, found 0\\)"
	m := map[string]int{}
	clear(m, m) // ERROR "invalid operation: too many arguments for clear\\(m, m\\) \\(expected 1, found 2\\)"
	clear(m)
	clear([]int{1})
	p := &arr
	clear(p) // ERROR "invalid argument: cannot clear p \\(variable of type \\*\\[3\\]int\\): argument must be \\(or constrained by\\) map or slice"
}
