package main

import "fmt"

type T1 struct {
	Next *T2
	V    int
}

type T2 T1

type T3 struct{ Next *T4 }
type T4 T5
type T5 T6
type T6 T3

type List []*Elem
type Elem struct {
	Name string
	Kids List
}

func main() {
	a := &T1{Next: &T2{V: 2}, V: 1}
	fmt.Println(a.V, a.Next.V, a.Next.Next == nil)
	b := T2(*a)
	fmt.Printf("%T %v\n", b, b.V)
	c := &T3{&T4{&T4{}}}
	fmt.Println(c.Next.Next.Next == nil)
	e := &Elem{"root", List{{"kid", nil}}}
	fmt.Println(e.Name, e.Kids[0].Name, len(e.Kids[0].Kids))
}
