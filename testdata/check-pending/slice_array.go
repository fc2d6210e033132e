package main

func arr() [3]int { return [3]int{} }

func main() {
	_ = arr()[:] // ERROR "invalid operation: arr\\(\\) \\(value of type \\[3\\]int\\) \\(slice of unaddressable value\\)"
	_ = arr()[1:2] // ERROR "invalid operation: arr\\(\\) \\(value of type \\[3\\]int\\) \\(slice of unaddressable value\\)"
	_ = [2]int{1, 2}[:] // ERROR "invalid operation: \\[2\\]int\\{…\\} \\(value of type \\[2\\]int\\) \\(slice of unaddressable value\\)"
	var a [3]int
	_ = a[1:5] // ERROR "invalid argument: index 5 out of bounds \\[0:4\\]"
	_ = a[:4] // ERROR "invalid argument: index 4 out of bounds \\[0:4\\]"
	_ = a[2:1] // ERROR "invalid slice indices: 1 < 2"
	_ = a[::2] // ERROR "middle index required in 3-index slice"
	_ = a[1:2:4] // ERROR "invalid argument: index 4 out of bounds \\[0:4\\]"
	sl := a[:]
	_ = sl[3:1] // ERROR "invalid slice indices: 1 < 3"
	_ = sl[1:2:1] // ERROR "invalid slice indices: 1 < 2"
}
