package main

func main() {
	_ = min() // ERROR "invalid operation: not enough arguments for min\\(\\) \\(expected 1, found 0\\)"
	_ = append() // ERROR "invalid operation: not enough arguments for append\\(\\) \\(expected 1, found 0\\)"
	_ = make() // ERROR "invalid operation: not enough arguments for make\\(\\) \\(expected 1, found 0\\)"
	delete(map[int]int{}) // ERROR "invalid operation: not enough arguments for delete\\(map\\[int\\]int\\{\\}\\) \\(expected 2, found 1\\)"
	delete(map[int]int{}, 1, 2) // ERROR "invalid operation: too many arguments for delete\\(map\\[int\\]int\\{\\}, 1, 2\\) \\(expected 2, found 3\\)"
	_ = complex(1) // ERROR "invalid operation: not enough arguments for complex\\(1\\) \\(expected 2, found 1\\)"
	_ = new() // ERROR "invalid operation: not enough arguments for new\\(\\) \\(expected 1, found 0\\)"
	panic() // ERROR "invalid operation: not enough arguments for panic\\(\\) \\(expected 1, found 0\\)"
	print()
}
