package main

import "fmt"

type Walker interface{ Walk() string }
type Swimmer interface{ Swim() string }
type Amphibian interface {
	Walker
	Swimmer
}

type Duck struct{}

func (Duck) Walk() string { return "waddle" }
func (Duck) Swim() string { return "paddle" }

type Cat struct{}

func (Cat) Walk() string { return "prowl" }

func main() {
	var w Walker = Duck{}
	s, ok := w.(Swimmer)
	fmt.Println(ok, s.Swim())
	a, ok := w.(Amphibian)
	fmt.Println(ok, a.Walk(), a.Swim())
	w = Cat{}
	s, ok = w.(Swimmer)
	fmt.Println(ok, s == nil)
	_, ok = w.(Amphibian)
	fmt.Println(ok)
	fmt.Println(w.Walk())
	for _, x := range []Walker{Duck{}, Cat{}} {
		if sw, ok := x.(Swimmer); ok {
			fmt.Println("swims:", sw.Swim())
		} else {
			fmt.Println("cannot swim:", x.Walk())
		}
	}
	s = w.(Swimmer)
	fmt.Println("unreachable", s)
}
