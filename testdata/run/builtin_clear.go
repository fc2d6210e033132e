package main

import "fmt"

type P struct {
	A int
	S string
}

func main() {
	s := []int{1, 2, 3, 4}
	t := s[1:3]
	clear(t)
	fmt.Println(s, t, len(t))
	ps := []P{{1, "a"}, {2, "b"}}
	clear(ps)
	fmt.Println(ps, len(ps))
	ptrs := []*int{new(int), new(int)}
	clear(ptrs)
	fmt.Println(ptrs[0] == nil, ptrs[1] == nil)
	strs := []string{"x", "y"}
	clear(strs[:1])
	fmt.Printf("%q\n", strs)
	var nilS []int
	clear(nilS)
	fmt.Println(nilS == nil)
	m := map[string]int{"a": 1, "b": 2}
	alias := m
	clear(m)
	fmt.Println(len(m), len(alias), m == nil)
	m["c"] = 3
	fmt.Println(alias)
	zero := 0.0
	nan := zero / zero
	fm := map[float64]int{nan: 1, 1: 2}
	fm[nan] = 3
	fmt.Println(len(fm))
	clear(fm) // removes NaN keys too
	fmt.Println(len(fm))
	arr := [3]int{7, 8, 9}
	clear(arr[:])
	fmt.Println(arr)
	ifs := []any{1, "s", nil}
	clear(ifs)
	fmt.Println(ifs)
	bs := []byte("hello")
	clear(bs[2:4])
	fmt.Println(bs)
}
