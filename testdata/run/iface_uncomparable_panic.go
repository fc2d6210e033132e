package main

import "fmt"

type Box struct {
	Items []int
}

func eq(a, b any) bool { return a == b }

func main() {
	fmt.Println(eq(1, 1), eq("a", "b"), eq([1]int{1}, [1]int{1}))
	fmt.Println(eq([]int{1}, 1), "mismatched types compare false")
	var m any = map[string]int{}
	fmt.Println(eq(m, nil))
	fmt.Println(eq(Box{}, 5), "struct with slice vs int: types differ")
	fn := func() {}
	fmt.Println(eq(fn, nil), eq(nil, nil))
	p1, p2 := &Box{}, &Box{}
	fmt.Println(eq(p1, p1), eq(p1, p2))
	arr := [2]any{1, "x"}
	fmt.Println(eq(arr, [2]any{1, "x"}))
	var e1, e2 error
	fmt.Println(eq(e1, e2), eq(e1, nil))
	fmt.Println(eq(struct{ A int }{1}, struct{ A int }{1}))
	fmt.Println(eq(int32(1), int64(1)), eq(1.0, 1.0))
	x := []int{1, 2}
	fmt.Println("comparing two slices in interfaces")
	fmt.Println(eq(x, x))
}
