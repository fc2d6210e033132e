package main

import "fmt"

type Closer interface{ Close() error }

type File struct{ name string }

func (f *File) Close() error {
	if f.name == "" {
		return fmt.Errorf("no name")
	}
	return nil
}

func closeAll(xs []any) int {
	n := 0
	for _, x := range xs {
		if c, ok := x.(Closer); ok && c.Close() == nil {
			n++
		}
	}
	return n
}

func main() {
	var x any = &File{"a"}
	c := x.(Closer)
	fmt.Println(c.Close())
	fmt.Println((&File{}).Close())
	fmt.Println(closeAll([]any{&File{"x"}, File{"y"}, &File{}, 5, nil}))
	x = File{"b"}
	_, ok := x.(Closer)
	fmt.Println("value File implements Closer:", ok)
	fp := x.(File)
	fmt.Println(fp.name)
	c = x.(Closer)
	fmt.Println(c)
}
