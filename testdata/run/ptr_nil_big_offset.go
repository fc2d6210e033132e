package main

import "fmt"

type Big struct {
	Head int
	Pad  [1 << 20]byte
	Tail int
}

func tail(b *Big) int {
	return b.Tail
}

func head(b *Big) int {
	if b == nil {
		return -1
	}
	return b.Head
}

func main() {
	b := new(Big)
	b.Tail = 5
	b.Head = 3
	b.Pad[len(b.Pad)-1] = 7
	fmt.Println(tail(b), head(b), b.Pad[len(b.Pad)-1])
	c := *b
	c.Tail = 50
	fmt.Println(b.Tail, c.Tail)
	var nb *Big
	fmt.Println(nb == nil, head(nb))
	fmt.Println(len(nb.Pad)) // constant: no dereference
	fmt.Println("reading far field of nil pointer")
	fmt.Println(tail(nb))
}
