package main

import "fmt"

type ID [4]interface{}
type Bytes []byte
type P *int
type Pair struct{ a, b int }
type NamedPair Pair

func mkID(x int) [4]interface{} {
	var out [4]interface{}
	out[0] = x
	return out
}

func main() {
	var id ID = mkID(5)
	fmt.Println(id == mkID(5), id != mkID(6), mkID(5) == id)
	x := 3
	var p P = &x
	fmt.Println(p == &x, &x == p)
	var q *int
	fmt.Println(P(nil) == q)
	s := struct{ a, b int }{1, 2}
	fmt.Println(Pair{1, 2} == s, s == Pair{1, 3})
}
