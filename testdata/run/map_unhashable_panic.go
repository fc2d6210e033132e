package main

import "fmt"

func main() {
	m := map[any]int{}
	m[1] = 1
	m["s"] = 2
	m[[2]int{1, 2}] = 3
	m[struct{ A, B int }{1, 2}] = 4
	m[nil] = 5
	m[1.5] = 6
	fmt.Println(len(m), m[1], m["s"], m[[2]int{1, 2}], m[struct{ A, B int }{1, 2}], m[nil], m[1.5])
	var k any = [2]any{1, "x"} // array of comparable dynamic values: fine
	m[k] = 7
	fmt.Println(m[[2]any{1, "x"}], len(m))
	p := &[]int{1}
	m[p] = 8 // pointer to slice is hashable
	fmt.Println(m[p], len(m))
	_, found := m[[]int{9}[0]]
	fmt.Println(found)
	counts := map[any]int{}
	for _, v := range []any{1, "1", 1.0, int8(1), 1, "1"} {
		counts[v]++
	}
	fmt.Println(len(counts), counts[1], counts["1"], counts[1.0], counts[int8(1)])
	var key any = []int{1, 2}
	fmt.Println("inserting a slice key")
	m[key] = 4
	fmt.Println("unreachable")
}
