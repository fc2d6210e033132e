package main

import (
	"fmt"
	"unsafe"
)

type Rec struct {
	A int8
	B int32
	C int8
	D int64
	E [3]int16
}

func main() {
	r := Rec{A: -1, B: 100000, C: 7, D: -5, E: [3]int16{1, 2, 3}}
	base := unsafe.Pointer(&r)
	a := *(*int8)(unsafe.Add(base, unsafe.Offsetof(r.A)))
	b := *(*int32)(unsafe.Add(base, unsafe.Offsetof(r.B)))
	c := *(*int8)(unsafe.Add(base, unsafe.Offsetof(r.C)))
	d := *(*int64)(unsafe.Add(base, unsafe.Offsetof(r.D)))
	fmt.Println(a, b, c, d)
	e1 := (*int16)(unsafe.Add(base, unsafe.Offsetof(r.E)+unsafe.Sizeof(r.E[0])))
	*e1 = 222
	fmt.Println(r.E)
	fmt.Println(unsafe.Sizeof(r), unsafe.Offsetof(r.E), unsafe.Alignof(r.B), unsafe.Alignof(r.E))
	recs := []Rec{{A: 1}, {A: 2}, {A: 3}}
	p := unsafe.Pointer(&recs[0])
	for i := range recs {
		rp := (*Rec)(unsafe.Add(p, uintptr(i)*unsafe.Sizeof(Rec{})))
		rp.D = int64(rp.A) * 1000
	}
	for _, rr := range recs {
		fmt.Print(rr.A, ":", rr.D, " ")
	}
	fmt.Println()
	type Pair struct{ X, Y int }
	pr := Pair{3, 4}
	arr := (*[2]int)(unsafe.Pointer(&pr))
	arr[0], arr[1] = arr[1], arr[0]
	fmt.Println(pr)
}
