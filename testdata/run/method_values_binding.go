package main

import "fmt"

type T struct{ v int }

func (t T) Val() int   { return t.v }
func (t *T) Ptr() int  { return t.v }
func (t *T) Set(v int) { t.v = v }

func main() {
	x := T{1}
	byVal := x.Val // receiver copied now
	byPtr := x.Ptr // &x captured now
	x.v = 2
	fmt.Println(byVal(), byPtr(), x.Val())
	set := x.Set
	set(10)
	fmt.Println(x.v, byVal(), byPtr())
	p := &T{100}
	pv := p.Val // *p copied now
	pp := p.Ptr
	p.v = 200
	fmt.Println(pv(), pp())
	p = &T{300} // rebinding p does not affect pp
	fmt.Println(pv(), pp(), p.Ptr())
	fs := []func() int{}
	for i := 0; i < 3; i++ {
		t := T{i * 10}
		fs = append(fs, t.Val)
		t.v = -1
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	ts := []T{{1}, {2}, {3}}
	var getters []func() int
	for i := range ts {
		getters = append(getters, ts[i].Ptr)
	}
	ts[0].v, ts[2].v = 11, 33
	for _, g := range getters {
		fmt.Print(g(), " ")
	}
	fmt.Println()
	var iv interface{ Val() int } = x
	f := iv.Val
	x.v = 999
	fmt.Println(f(), iv.Val())
}
