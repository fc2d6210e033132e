package main

type I interface{ M() }

type T struct{}

func (T) M() {}

type S struct{ s []int }

func (S) M() {}

func main() {
	var i I = T{}
	var e interface{} = 1
	_ = i == T{}
	_ = i == S{} // ERROR "invalid operation: i == S\\{\\} \\(struct containing \\[\\]int cannot be compared\\)"
	_ = e == []int{} // ERROR "invalid operation: e == \\[\\]int\\{\\} \\(slice can only be compared to nil\\)"
	_ = e == map[int]int{} // ERROR "invalid operation: e == map\\[int\\]int\\{\\} \\(map can only be compared to nil\\)"
	_ = i == 5 // ERROR "cannot convert 5 \\(untyped int constant\\) to type interface\\{M\\(\\)\\}"
	var j I
	_ = i == j
	_ = i < j // ERROR "invalid operation: i < j \\(operator < not defined on interface\\)"
	_ = e == i
}
