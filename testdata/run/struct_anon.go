package main

import "fmt"

func makePair(a int, b string) struct {
	N int
	S string
} {
	return struct {
		N int
		S string
	}{a, b}
}

type Named struct {
	N int
	S string
}

func main() {
	p := struct {
		X, Y int
	}{3, 4}
	fmt.Println(p, p.X*p.Y)
	q := makePair(5, "five")
	fmt.Println(q.N, q.S)
	var n Named = q // identical underlying type: assignable
	fmt.Println(n)
	n2 := Named(p2())
	fmt.Println(n2)
	list := []struct {
		Name string
		Age  int
	}{
		{"ann", 30},
		{"bob", 25},
		{Name: "cy"},
	}
	for i, e := range list {
		fmt.Println(i, e.Name, e.Age)
	}
	cfg := struct {
		Debug bool
		Inner struct {
			Level int
			Tags  []string
		}
	}{}
	cfg.Debug = true
	cfg.Inner.Level = 3
	cfg.Inner.Tags = append(cfg.Inner.Tags, "a", "b")
	fmt.Printf("%+v\n", cfg)
	ptr := &struct{ V int }{V: 9}
	ptr.V++
	fmt.Println(ptr.V, *ptr)
	var empty struct{}
	fmt.Println(empty)
	fmt.Printf("%T\n", p)
}

func p2() struct {
	N int
	S string
} {
	return makePair(6, "six")
}
