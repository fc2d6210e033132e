package main

import "fmt"

type T struct {
	A int
	B [2]int
}

func main() {
	var t T
	p1 := &t
	p2 := &t
	fmt.Println(p1 == p2)
	pa := &t.A
	pb := &t.B[0]
	fmt.Println(pa == &p1.A, pb == &p2.B[0], &t.B[0] == &t.B[1])
	arr := [3]int{}
	fmt.Println(&arr[0] == &arr[0], &arr[1] == &arr[2])
	s := arr[:]
	fmt.Println(&s[1] == &arr[1])
	s2 := append([]int(nil), s...)
	fmt.Println(&s2[1] == &arr[1])
	x, y := new(int), new(int)
	fmt.Println(x == y, *x == *y)
	var n1, n2 *T
	fmt.Println(n1 == n2, n1 == nil)
	var i1 any = p1
	var i2 any = p2
	fmt.Println(i1 == i2)
	m := map[*T]string{p1: "first"}
	m[p2] = "second"
	fmt.Println(len(m), m[&t])
	u := T{}
	m[&u] = "other"
	fmt.Println(len(m), m[&u], m[&t])
	pp1, pp2 := &p1, &p2
	fmt.Println(pp1 == pp2, *pp1 == *pp2)
}
