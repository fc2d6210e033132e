package main

import "fmt"

type Speaker interface{ Speak() string }

type Dog struct{ name string }

func (d Dog) Speak() string { return d.name + " says woof" }

type Cat struct{ name string }

func (c *Cat) Speak() string { return c.name + " says meow" }

// Struct embedding an interface: methods promoted from the dynamic value.
type Loud struct {
	Speaker
	times int
}

func (l Loud) Shout() string {
	s := ""
	for i := 0; i < l.times; i++ {
		s += l.Speak() + "! "
	}
	return s
}

type Override struct {
	Speaker
}

func (o Override) Speak() string { return "override(" + o.Speaker.Speak() + ")" }

func main() {
	l := Loud{Dog{"rex"}, 2}
	fmt.Println(l.Shout())
	l.Speaker = &Cat{"tom"}
	fmt.Println(l.Speak())
	var sp Speaker = l
	fmt.Println(sp.Speak())
	o := Override{Dog{"fido"}}
	sp = o
	fmt.Println(sp.Speak())
	nested := Override{Override{&Cat{"kit"}}}
	fmt.Println(nested.Speak())
	var empty Loud
	fmt.Println(empty.Speaker == nil, empty.times)
}
