package main

func main() {
	m := make(map[int]int)
	delete(m) // ERROR "invalid operation: not enough arguments for delete\\(m\\) \\(expected 2, found 1\\)"
	delete(m, 2, 3) // ERROR "invalid operation: too many arguments for delete\\(m, 2, 3\\) \\(expected 2, found 3\\)"
	delete(1, m) // ERROR "invalid argument: 1 \\(untyped int constant\\) is not a map"
}
