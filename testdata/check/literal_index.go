package main

func main() {
	_ = [2]int{1, 2, 3} // ERROR "index 2 is out of bounds \\(>= 2\\)"
	_ = [2]int{5: 1} // ERROR "invalid argument: index 5 out of bounds \\[0:2\\]"
	_ = []int{-1: 1} // ERROR "invalid argument: index -1 \\(constant of type int\\) must not be negative"
	_ = []int{1.5: 1} // ERROR "1\\.5 \\(untyped float constant\\) truncated to int"
	_ = []int{"a": 1} // ERROR "cannot convert \"a\" \\(untyped string constant\\) to type int"
	_ = []int{2.0: 1, 3i: 2} // ERROR "3i \\(untyped complex constant \\(0 \\+ 3i\\)\\) truncated to int"
	const k int8 = -3
	_ = []int{k: 1} // ERROR "invalid argument: index k \\(constant -3 of type int8\\) must not be negative"
}
