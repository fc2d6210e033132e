package main

import "fmt"

type Point struct {
	X, Y int
}

type Named string
type Num int

type Rec struct {
	Name  string
	Tags  []string
	Score float64
	On    bool
}

func main() {
	fmt.Printf("%#v\n", Point{1, 2})
	fmt.Printf("%#v\n", []int{1, 2})
	fmt.Printf("%#v\n", []string{"a"})
	fmt.Printf("%#v\n", map[string]int{"b": 2, "a": 1})
	fmt.Printf("%#v\n", "quoted")
	fmt.Printf("%#v\n", 42)
	fmt.Printf("%#v\n", 1.5)
	fmt.Printf("%#v\n", 1.0)
	fmt.Printf("%#v\n", true)
	fmt.Printf("%#v\n", Named("n"))
	fmt.Printf("%#v\n", Num(3))
	fmt.Printf("%#v\n", [2]bool{true, false})
	fmt.Printf("%#v\n", Rec{"r", []string{"x"}, 2.5, true})
	fmt.Printf("%#v\n", Rec{})
	fmt.Printf("%#v\n", []int(nil))
	fmt.Printf("%#v\n", struct{ A int }{1})
	fmt.Printf("%#v\n", []any{1, "a", nil})
	fmt.Printf("%#v\n", uint8(7))
	fmt.Printf("%#v\n", 'x')
}
