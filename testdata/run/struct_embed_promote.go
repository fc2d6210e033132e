package main

import "fmt"

type Base struct {
	ID   int
	Name string
}

func (b Base) Describe() string { return fmt.Sprintf("Base(%d,%s)", b.ID, b.Name) }
func (b *Base) Rename(s string) { b.Name = s }

type Mid struct {
	Base
	Level int
}

type Top struct {
	Mid
	Extra string
}

func main() {
	t := Top{Mid: Mid{Base: Base{ID: 1, Name: "one"}, Level: 2}, Extra: "x"}
	fmt.Println(t.ID, t.Name, t.Level, t.Extra)
	fmt.Println(t.Mid.Base.ID, t.Mid.ID, t.Base.ID)
	t.ID = 10
	fmt.Println(t.Mid.Base.ID)
	t.Mid.Name = "ten"
	fmt.Println(t.Name, t.Base.Name)
	fmt.Println(t.Describe())
	t.Rename("renamed")
	fmt.Println(t.Name, t.Describe())
	p := &t
	p.Level = 7
	p.Rename("viaptr")
	fmt.Println(t.Level, t.Name, p.Describe())
	m := t.Mid
	m.ID = 99
	fmt.Println(m.ID, t.ID)
	fmt.Printf("%+v\n", t)
	fmt.Printf("%v\n", t)
	var z Top
	fmt.Printf("%+v\n", z)
	fmt.Println(z.Describe())
}
