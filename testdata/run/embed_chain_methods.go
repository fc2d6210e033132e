package main

import "fmt"

type L0 struct{ v int }

func (l L0) Get() int      { return l.v }
func (l *L0) Set(v int)    { l.v = v }
func (l L0) Level() string { return "L0" }

type L1 struct {
	L0
	a int
}

func (l L1) Level() string { return "L1>" + l.L0.Level() }

type L2 struct {
	*L1
	b int
}

type L3 struct {
	L2
	c int
}

func (l *L3) Level() string { return "L3>" + l.L2.Level() }

func main() {
	x := L3{L2: L2{L1: &L1{L0: L0{1}, a: 2}, b: 3}, c: 4}
	fmt.Println(x.Get(), x.v, x.a, x.b, x.c)
	x.Set(11)
	fmt.Println(x.Get(), x.L2.L1.L0.v)
	fmt.Println(x.Level())
	fmt.Println(x.L2.Level(), x.L1.Level(), x.L0.Level())
	y := x
	y.Set(22)
	fmt.Println(x.Get(), y.Get(), "shared through *L1")
	y.b = 33
	fmt.Println(x.b, y.b)
	get := x.Get
	set := x.Set
	set(44)
	fmt.Println(get(), x.Get())
	fget := L3.Get
	fmt.Println(fget(x))
	flev := (*L3).Level
	fmt.Println(flev(&y))
}
