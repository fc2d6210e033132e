package main

import "fmt"

type Level float64
type Count uint16
type Tag string

func probe(v any) (r any) {
	defer func() { r = recover() }()
	panic(v)
}

func main() {
	// Recovered values keep their dynamic type.
	for _, v := range []any{Level(1.5), Count(7), Tag("t")} {
		r := probe(v)
		fmt.Printf("%T %v\n", r, r)
	}
	var c Count = 65535
	c++
	fmt.Println("wrapped count", c)
	t := Tag("a") + "b"
	fmt.Println(t, len(t))
	fmt.Printf("%T %T\n", c, t)
	lv := Level(2.5)
	fmt.Println("level", lv)
	if lv > 2 {
		panic(lv)
	}
}
