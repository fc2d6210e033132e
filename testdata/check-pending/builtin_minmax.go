package main

func main() {
	var i int = 1
	var f float64 = 2
	var s string = "a"
	_ = min(i, f) // ERROR "invalid argument: mismatched types int \\(previous argument\\) and float64 \\(type of f\\)"
	_ = max(i, s) // ERROR "invalid argument: mismatched types int \\(previous argument\\) and string \\(type of s\\)"
	_ = min() // ERROR "invalid operation: not enough arguments for min\\(\\) \\(expected 1, found 0\\)"
	_ = max(i, 2.5) // ERROR "2\\.5 \\(untyped float constant\\) truncated to int"
	_ = min(1, "a") // ERROR "invalid argument: mismatched types untyped int \\(previous argument\\) and untyped string \\(type of \"a\"\\)"
	var b bool
	_ = max(b, b) // ERROR "invalid argument: b \\(variable of type bool\\) cannot be ordered"
	_ = min(s, "b")
	_ = max(1, 2.5)
	sl := []int{1}
	_ = min(sl) // ERROR "invalid argument: sl \\(variable of type \\[\\]int\\) cannot be ordered"
}
