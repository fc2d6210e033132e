package main

func main() {
	m := map[string]int{}
	delete(m, 1) // ERROR "cannot use 1 \\(untyped int constant\\) as string value in argument to delete"
	delete(m) // ERROR "invalid operation: not enough arguments for delete\\(m\\) \\(expected 2, found 1\\)"
	delete(m, "a", "b") // ERROR "invalid operation: too many arguments for delete\\(m, \"a\", \"b\"\\) \\(expected 2, found 3\\)"
	s := []int{1}
	delete(s, 0) // ERROR "invalid argument: s \\(variable of type \\[\\]int\\) is not a map"
	delete(5, 0) // ERROR "invalid argument: 5 \\(untyped int constant\\) is not a map"
	delete(m, "a")
}
