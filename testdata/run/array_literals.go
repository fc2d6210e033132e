package main

import "fmt"

const (
	Red = iota
	Green
	Blue
	NumColors
)

func main() {
	a := [...]int{10, 20, 30}
	fmt.Println(len(a), a)
	b := [...]string{2: "two", 5: "five", "six"}
	fmt.Println(len(b), b)
	for i, s := range b {
		if s == "" {
			fmt.Print(i, ":empty ")
		} else {
			fmt.Print(i, ":", s, " ")
		}
	}
	fmt.Println()
	names := [NumColors]string{Blue: "blue", Red: "red", Green: "green"}
	fmt.Println(names)
	c := [5]float64{1: 1.5, 3: 3.5}
	fmt.Println(c)
	d := [...]bool{true, 3: true}
	fmt.Println(len(d), d)
	e := [2][3]int{{1, 2, 3}, {4}}
	fmt.Println(e)
	f := [...][2]string{{"a", "b"}, {"c"}}
	fmt.Println(len(f), f)
	var z [4]byte
	fmt.Println(z)
	r := [...]rune{'a', 'ß', '世'}
	fmt.Println(r, string(r[:]))
	fmt.Printf("%T %T %T\n", a, b, e)
	fmt.Println([3]int{1, 2, 3}[1], len([10]int{}))
}
