package main

func main() {
	_ = [3]int{1, 2, 3, 4} // ERROR "index 3 is out of bounds \\(>= 3\\)"
	_ = [2]int{5: 1} // ERROR "invalid argument: index 5 out of bounds \\[0:2\\]"
	_ = [3]int{1: 1, 1: 2} // ERROR "duplicate index 1 in array or slice literal"
	_ = [...]int{0: 1, 0: 2} // ERROR "duplicate index 0 in array or slice literal"
	_ = [3]int{-1: 0} // ERROR "invalid argument: index -1 \\(constant of type int\\) must not be negative"
	_ = []int{1: 1, 1: 2} // ERROR "duplicate index 1 in array or slice literal"
	i := 1
	_ = [3]int{i: 5} // ERROR "index i must be integer constant"
	_ = [2]string{1, "a"} // ERROR "cannot use 1 \\(untyped int constant\\) as string value in array or slice literal"
}
