package main

type Reader interface {
	Read() int
	Read() int // ERROR "duplicate method Read"
}

type Closer interface {
	Close()
}

type RC interface {
	Reader
	Close() error
	Closer // ERROR "duplicate method Close"
}

type Self interface { // ERROR "invalid recursive type: Self refers to itself"
	Self
}

func main() {
	var r Reader
	_ = r
}
