package main

import "fmt"

var counter int

func next() int {
	counter++
	return counter
}

var a, b, c = next(), next(), next()

var table = buildTable()

func buildTable() []string {
	t := make([]string, 0, 3)
	for i := 0; i < 3; i++ {
		t = append(t, fmt.Sprintf("row%d:%d", i, next()))
	}
	return t
}

var handler = func(s string) string { return "[" + s + "]" }

var greeting = handler("hi")

var (
	d = e * 2
	e = f + 1
	f = 10
)

func init() {
	fmt.Println("init sees", a, b, c, counter)
	counter = 100
}

func main() {
	fmt.Println(a, b, c)
	fmt.Println(table)
	fmt.Println(greeting)
	fmt.Println(d, e, f)
	fmt.Println(next())
}
