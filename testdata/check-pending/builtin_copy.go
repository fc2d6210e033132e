package main

func main() {
	a := []int{1, 2}
	b := []string{"x"}
	_ = copy(a, b) // ERROR "invalid argument: arguments to copy a \\(variable of type \\[\\]int\\) and b \\(variable of type \\[\\]string\\) have different element types int and string"
	_ = copy(a) // ERROR "invalid operation: not enough arguments for copy\\(a\\) \\(expected 2, found 1\\)"
	_ = copy(a, a, a) // ERROR "invalid operation: too many arguments for copy\\(a, a, a\\) \\(expected 2, found 3\\)"
	var arr [2]int
	_ = copy(arr, a) // ERROR "invalid argument: copy expects slice arguments; found arr \\(variable of type \\[2\\]int\\) and a \\(variable of type \\[\\]int\\)"
	_ = copy(a, 5) // ERROR "invalid argument: copy expects slice arguments; found a \\(variable of type \\[\\]int\\) and 5 \\(untyped int constant\\)"
	bs := []byte{}
	_ = copy(bs, "hello")
	_ = copy(a, "hello") // ERROR "invalid argument: arguments to copy a \\(variable of type \\[\\]int\\) and \"hello\" \\(untyped string constant\\) have different element types int and byte"
	var x int = copy(a, a)
	_ = x
}
