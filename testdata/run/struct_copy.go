package main

import "fmt"

type Inner struct {
	Vals [3]int
	S    []int
}

type Outer struct {
	N  int
	In Inner
}

func modify(o Outer) Outer {
	o.N = 100
	o.In.Vals[0] = 100
	o.In.S[0] = 100 // shares backing array
	return o
}

func modifyPtr(o *Outer) {
	o.N = 200
	o.In.Vals[1] = 200
}

func main() {
	a := Outer{N: 1, In: Inner{Vals: [3]int{1, 2, 3}, S: []int{7, 8, 9}}}
	b := a
	b.N = 2
	b.In.Vals[2] = 30
	fmt.Println(a.N, a.In.Vals, b.N, b.In.Vals)
	c := modify(a)
	fmt.Println(a.N, a.In.Vals, a.In.S)
	fmt.Println(c.N, c.In.Vals, c.In.S)
	modifyPtr(&a)
	fmt.Println(a.N, a.In.Vals)
	arr := [2]Outer{a, b}
	arr2 := arr
	arr2[0].N = -1
	fmt.Println(arr[0].N, arr2[0].N)
	s := []Outer{a, b}
	for _, o := range s {
		o.N = 555
	}
	fmt.Println(s[0].N, s[1].N)
	for i := range s {
		s[i].N = 555
	}
	fmt.Println(s[0].N, s[1].N)
	m := map[string]Outer{"k": a}
	tmp := m["k"]
	tmp.N = 42
	fmt.Println(m["k"].N, tmp.N)
	m["k"] = tmp
	fmt.Println(m["k"].N)
	in := a.In
	in.Vals[0] = -9
	fmt.Println(a.In.Vals[0], in.Vals[0])
}
