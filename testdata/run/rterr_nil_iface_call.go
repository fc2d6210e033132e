package main

import "fmt"

type Greeter interface{ Greet() string }

type En struct{}

func (En) Greet() string { return "hello" }

type Fr struct{ name string }

func (f *Fr) Greet() string {
	if f == nil {
		return "bonjour (nil receiver)"
	}
	return "bonjour " + f.name
}

func greetAll(gs []Greeter) {
	for i, g := range gs {
		fmt.Println(i, g.Greet())
	}
}

func main() {
	var nilFr *Fr
	gs := []Greeter{En{}, &Fr{"ami"}, nilFr}
	greetAll(gs) // a nil *Fr inside a non-nil interface is callable
	fmt.Println(gs[2] != nil)
	var g Greeter
	fmt.Println(g == nil)
	greetAll(append(gs, g))
}
