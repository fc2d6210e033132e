package main

import "fmt"

type Buffer struct {
	data *[1 << 20]byte
	n    int
}

func last(p *[1 << 20]byte) byte {
	return p[len(p)-1]
}

func (b *Buffer) Write(c byte) {
	b.data[b.n] = c
	b.n++
}

func main() {
	p := new([1 << 20]byte)
	p[len(p)-1] = 9
	fmt.Println(last(p), len(p))
	b := Buffer{data: p}
	for _, c := range []byte("hi!") {
		b.Write(c)
	}
	fmt.Println(b.n, string(p[:b.n]), p[0], p[2])
	var q *[1 << 20]byte
	fmt.Println(len(q), q == nil, cap(q))
	n := 0
	for i := range q { // only the index: does not dereference q
		n = i
	}
	fmt.Println("last index", n)
	fmt.Println(last(q))
}
