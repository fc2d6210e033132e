package main

import "fmt"

type Sizer interface{ Size() int }

type Bytes []byte
type Text string
type Blob struct{ n int }
type Count int

func (b Bytes) Size() int { return len(b) }
func (t Text) Size() int  { return len(t) }
func (b *Blob) Size() int { return b.n }
func (c Count) Size() int { return int(c) }

func totalSize(items ...Sizer) int {
	t := 0
	for _, it := range items {
		t += it.Size()
	}
	return t
}

type Resizer interface {
	Sizer
	Resize(n int)
}

func (b *Blob) Resize(n int) { b.n = n }

func main() {
	blob := &Blob{10}
	fmt.Println(totalSize(Bytes("abc"), Text("hello"), blob, Count(100)))
	var r Resizer = blob
	r.Resize(50)
	fmt.Println(blob.n, totalSize(r))
	var s Sizer = r
	_, canResize := s.(Resizer)
	fmt.Println(canResize)
	s = Text("x")
	_, canResize = s.(Resizer)
	fmt.Println(canResize)
	anon := []interface{ Size() int }{Count(1), Text("ab")}
	fmt.Println(totalSize(anon[0], anon[1]))
	conv := []Sizer{}
	for _, a := range anon {
		conv = append(conv, a)
	}
	fmt.Println(totalSize(conv...), len(conv))
	var any1 any = Count(7)
	if sz, ok := any1.(Sizer); ok {
		fmt.Println("sizer", sz.Size())
	}
	var any2 any = Blob{3} // value Blob lacks Size (pointer method)
	_, ok := any2.(Sizer)
	fmt.Println(ok)
}
