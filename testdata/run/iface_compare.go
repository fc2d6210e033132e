package main

import "fmt"

type P struct{ X, Y int }
type Q struct{ X, Y int }
type Name string

func main() {
	var a, b any
	fmt.Println(a == b)
	a, b = 1, 1
	fmt.Println(a == b)
	b = int32(1)
	fmt.Println(a == b)
	a, b = "s", "s"
	fmt.Println(a == b)
	b = Name("s")
	fmt.Println(a == b)
	a, b = P{1, 2}, P{1, 2}
	fmt.Println(a == b)
	b = Q{1, 2}
	fmt.Println(a == b)
	p := &P{1, 2}
	a, b = p, p
	fmt.Println(a == b)
	b = &P{1, 2}
	fmt.Println(a == b)
	a, b = [2]int{1, 2}, [2]int{1, 2}
	fmt.Println(a == b)
	var s fmt.Stringer
	var e error
	fmt.Println(any(s) == any(e))
	fmt.Println(a == [2]int{1, 2}, a != [2]int{1, 3})
	a = 3.0
	fmt.Println(a == 3.0, a == 3)
	zero := 0.0
	a = zero / zero
	fmt.Println(a == a)
	a, b = nil, (*int)(nil)
	fmt.Println(a == b, b == (*int)(nil))
	a, b = []int{1}, "x"
	fmt.Println(a == b, "different types: no panic")
	a, b = struct{}{}, struct{}{}
	fmt.Println(a == b)
	a, b = true, true
	fmt.Println(a == b)
}
