package main

import "fmt"

type Getter interface{ Get() int }
type Setter interface{ Set(int) }
type GetSetter interface {
	Getter
	Setter
}

type Val struct{ n int }

func (v Val) Get() int   { return v.n }
func (v *Val) Set(n int) { v.n = n }

type Wrapper struct{ Val }
type PtrWrapper struct{ *Val }

func check(name string, x any) {
	_, g := x.(Getter)
	_, s := x.(Setter)
	_, gs := x.(GetSetter)
	fmt.Printf("%-12s getter=%-5v setter=%-5v both=%v\n", name, g, s, gs)
}

func main() {
	v := Val{1}
	check("Val", v)
	check("*Val", &v)
	check("Wrapper", Wrapper{})
	check("*Wrapper", &Wrapper{})
	check("PtrWrapper", PtrWrapper{&Val{}})
	var gs GetSetter = &v
	gs.Set(42)
	fmt.Println(v.n, gs.Get())
	pw := PtrWrapper{&v}
	var gs2 GetSetter = pw // value with embedded pointer has both
	gs2.Set(7)
	fmt.Println(v.n, gs2.Get(), pw.Get())
	var g Getter = v // copy
	v.n = 100
	fmt.Println(g.Get(), v.Get())
}
