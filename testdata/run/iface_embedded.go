package main

import "fmt"

type Reader interface{ Read() string }
type Writer interface{ Write(s string) int }
type ReadWriter interface {
	Reader
	Writer
}
type ReadWriteCloser interface {
	ReadWriter
	Close() error
}

type File struct {
	data   []string
	closed bool
}

func (f *File) Read() string {
	if len(f.data) == 0 {
		return ""
	}
	s := f.data[0]
	f.data = f.data[1:]
	return s
}
func (f *File) Write(s string) int { f.data = append(f.data, s); return len(s) }
func (f *File) Close() error {
	if f.closed {
		return fmt.Errorf("already closed")
	}
	f.closed = true
	return nil
}

func main() {
	f := &File{}
	var rwc ReadWriteCloser = f
	var rw ReadWriter = rwc
	var w Writer = rw
	var r Reader = rw
	fmt.Println(w.Write("hello"), w.Write("go"))
	fmt.Println(r.Read(), rw.Read(), rwc.Read() == "")
	fmt.Println(rwc.Close(), rwc.Close())
	_, isRWC := r.(ReadWriteCloser)
	_, isW := r.(Writer)
	fmt.Println(isRWC, isW)
	var x any = w
	if c, ok := x.(interface{ Close() error }); ok {
		fmt.Println("has Close:", c.Close())
	}
	rw2, ok := x.(ReadWriter)
	fmt.Println(ok, rw2 == rw, rw2 == ReadWriter(f))
}
