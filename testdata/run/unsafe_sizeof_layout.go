package main

import (
	"fmt"
	"unsafe"
)

type Padded struct {
	A bool
	B int64
	C bool
	D int32
	E int16
}

type Packed struct {
	B int64
	D int32
	E int16
	A bool
	C bool
}

type Nested struct {
	X byte
	P Padded
	Y byte
}

type WithSlice struct {
	Flag bool
	S    []int
	Str  string
	I    any
	M    map[int]int
	F    func()
	Ptr  *int
}

func main() {
	var p Padded
	fmt.Println(unsafe.Sizeof(p), unsafe.Alignof(p))
	fmt.Println(unsafe.Offsetof(p.A), unsafe.Offsetof(p.B), unsafe.Offsetof(p.C), unsafe.Offsetof(p.D), unsafe.Offsetof(p.E))
	var q Packed
	fmt.Println(unsafe.Sizeof(q), unsafe.Offsetof(q.A), unsafe.Offsetof(q.C))
	var n Nested
	fmt.Println(unsafe.Sizeof(n), unsafe.Offsetof(n.P), unsafe.Offsetof(n.Y), unsafe.Offsetof(n.P.D))
	var w WithSlice
	fmt.Println(unsafe.Sizeof(w), unsafe.Offsetof(w.S), unsafe.Offsetof(w.Str), unsafe.Offsetof(w.I),
		unsafe.Offsetof(w.M), unsafe.Offsetof(w.F), unsafe.Offsetof(w.Ptr))
	fmt.Println(unsafe.Sizeof(int8(0)), unsafe.Sizeof(int16(0)), unsafe.Sizeof(int32(0)), unsafe.Sizeof(int64(0)), unsafe.Sizeof(0))
	fmt.Println(unsafe.Sizeof(float32(0)), unsafe.Sizeof(complex64(0)), unsafe.Sizeof(complex128(0)))
	fmt.Println(unsafe.Sizeof(""), unsafe.Sizeof([]int{}), unsafe.Sizeof(any(nil)), unsafe.Sizeof(uintptr(0)))
	fmt.Println(unsafe.Sizeof([3]int16{}), unsafe.Sizeof([0]int{}), unsafe.Sizeof(struct{}{}))
	fmt.Println(unsafe.Alignof(int8(0)), unsafe.Alignof(int16(0)), unsafe.Alignof(int32(0)), unsafe.Alignof(int64(0)), unsafe.Alignof(complex128(0)))
	type Tail struct {
		A int32
		B struct{}
	}
	fmt.Println(unsafe.Sizeof(Tail{}))
	type ByteArr struct {
		A [3]byte
		B uint16
	}
	fmt.Println(unsafe.Sizeof(ByteArr{}), unsafe.Offsetof(ByteArr{}.B), unsafe.Alignof(ByteArr{}))
	const sz = unsafe.Sizeof(Padded{})
	var arr [sz]byte
	fmt.Println(len(arr))
}
