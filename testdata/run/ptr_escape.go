package main

import "fmt"

type Obj struct {
	ID   int
	Data [8]int
}

var registry []*Obj
var last *int

func makeObj(id int) *Obj {
	o := Obj{ID: id}
	for i := range o.Data {
		o.Data[i] = id * i
	}
	return &o
}

func counterPtr() *int {
	c := 0
	last = &c
	return &c
}

func register(id int) {
	o := &Obj{ID: id}
	registry = append(registry, o)
}

func localOnly(n int) int {
	t := &Obj{ID: n}
	for i := range t.Data {
		t.Data[i] = i + n
	}
	s := 0
	for _, v := range t.Data {
		s += v
	}
	return s
}

func main() {
	objs := make([]*Obj, 0)
	for i := 1; i <= 3; i++ {
		objs = append(objs, makeObj(i))
	}
	for _, o := range objs {
		fmt.Println(o.ID, o.Data)
	}
	c := counterPtr()
	*c += 5
	*last += 1
	fmt.Println(*c, *last, c == last)
	c2 := counterPtr()
	fmt.Println(*c2, *c, c == c2)
	for i := 0; i < 4; i++ {
		register(i * 10)
	}
	for _, o := range registry {
		fmt.Print(o.ID, " ")
	}
	fmt.Println()
	fmt.Println(localOnly(1), localOnly(5))
	var ptrs []*int
	for i := 0; i < 3; i++ {
		v := i * i
		ptrs = append(ptrs, &v)
	}
	for _, p := range ptrs {
		fmt.Print(*p, " ")
	}
	fmt.Println()
}
