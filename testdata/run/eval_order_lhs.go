package main

import "fmt"

var trace string

func f(x int) int { trace += fmt.Sprint("_", x); return x }

type Node struct {
	V    int
	Next *Node
}

type S struct{ i int }

func try(name string, fn func()) {
	defer func() {
		r := recover()
		fmt.Println(name, r != nil)
	}()
	fn()
}

func main() {
	_ = [5]int{2: f(2), 0: f(0), f(1), 4: f(4)}
	_ = []int{3: f(13), 1: f(11), f(12)}
	_ = map[int]int{f(21): f(22), f(23): f(24)}
	fmt.Println(trace)
	fmt.Println(len([]int{5: 1, 2: 3}), len([...]string{4: "a", 1: "b"}))

	m := map[int]int{}
	var p *int
	try("map then nil", func() { m[1], *p = 10, 20 })
	fmt.Println(len(m), m[1])

	s := []int{}
	m2 := map[int]int{}
	try("map then index", func() { m2[2], s[3] = 5, 6 })
	fmt.Println(len(m2))

	var sp *S
	m3 := map[int]int{}
	try("map then field", func() { m3[3], sp.i = 7, 8 })
	fmt.Println(len(m3))

	var x S
	q := &x
	q, q.i = new(S), 4
	fmt.Println(x.i, q.i)

	arr := []int{1, 2, 3}
	i := 0
	i, arr[i] = 2, 9
	fmt.Println(i, arr)

	var nm map[int]int
	a := 0
	pa := &a
	try("nil map second", func() { *pa, nm[1] = 5, 6 })
	fmt.Println(a)
}
