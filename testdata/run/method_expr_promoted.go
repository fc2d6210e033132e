package main

import "fmt"

type Inner struct{ n int }

func (i Inner) Get() int      { return i.n }
func (i *Inner) Set(v int)    { i.n = v }
func (i Inner) Add(k ...int) int { for _, x := range k { i.n += x }; return i.n }

type Namer interface{ Name() string }
type named string

func (n named) Name() string { return string(n) }

type Outer struct {
	Inner
	Namer
}

type PtrOuter struct {
	*Inner
}

func main() {
	o := Outer{Inner{3}, named("bob")}
	get := Outer.Get
	set := (*Outer).Set
	name := Outer.Name
	add := Outer.Add
	fmt.Println(get(o), name(o), add(o, 1, 2, 3))
	set(&o, 9)
	fmt.Println(get(o), (*Outer).Get(&o))
	p := PtrOuter{&Inner{5}}
	PtrOuter.Set(p, 11)
	fmt.Println(PtrOuter.Get(p), p.n)
	fmt.Printf("%T\n", Outer.Add)
}
