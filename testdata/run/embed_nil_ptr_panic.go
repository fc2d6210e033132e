package main

import "fmt"

type Base struct {
	ID   int
	Name string
}

func (b *Base) Describe() string {
	if b == nil {
		return "<nil base>"
	}
	return fmt.Sprint(b.ID, ":", b.Name)
}

type Derived struct {
	*Base
	Extra int
}

func main() {
	d := Derived{&Base{1, "one"}, 5}
	fmt.Println(d.ID, d.Name, d.Describe())
	var e Derived
	e.Extra = 9
	fmt.Println(e.Extra, e.Base == nil)
	fmt.Println(e.Describe()) // pointer method with nil receiver: fine
	fmt.Println("reading promoted field through nil embedded pointer")
	fmt.Println(e.Name)
}
