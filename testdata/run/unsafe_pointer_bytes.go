package main

import (
	"fmt"
	"unsafe"
)

type Header struct {
	Magic uint32
	Ver   uint16
	Flags uint16
	Size  uint64
}

func main() {
	x := int64(0x0102030405060708)
	p := unsafe.Pointer(&x)
	b := (*[8]byte)(p)
	fmt.Println(*b) // little-endian on amd64
	b[0] = 0xFF
	fmt.Printf("%#x\n", x)
	f := 1.0
	bits := *(*uint64)(unsafe.Pointer(&f))
	fmt.Printf("%#016x\n", bits)
	bits |= 1 << 63
	f2 := *(*float64)(unsafe.Pointer(&bits))
	fmt.Println(f2)
	var f32 float32 = -2.5
	fmt.Printf("%#08x\n", *(*uint32)(unsafe.Pointer(&f32)))
	h := Header{Magic: 0xCAFEBABE, Ver: 2, Flags: 0x10, Size: 1 << 40}
	hp := unsafe.Pointer(&h)
	ver := (*uint16)(unsafe.Add(hp, unsafe.Offsetof(h.Ver)))
	*ver = 3
	size := (*uint64)(unsafe.Pointer(uintptr(hp) + unsafe.Offsetof(h.Size)))
	fmt.Println(h.Ver, *size == 1<<40)
	raw := (*[16]byte)(hp)
	fmt.Println(raw[:4], raw[4:6], raw[6:8])
	arr := [4]int32{10, 20, 30, 40}
	first := unsafe.Pointer(&arr[0])
	for i := 0; i < 4; i++ {
		e := (*int32)(unsafe.Add(first, i*4))
		fmt.Print(*e, " ")
	}
	fmt.Println()
	third := (*int32)(unsafe.Add(first, 2*unsafe.Sizeof(arr[0])))
	*third = 300
	fmt.Println(arr)
	u := uint32(0xAABBCCDD)
	lo := *(*uint16)(unsafe.Pointer(&u))
	hi := *(*uint16)(unsafe.Add(unsafe.Pointer(&u), 2))
	fmt.Printf("%#x %#x\n", lo, hi)
	var np unsafe.Pointer
	fmt.Println(np == nil, unsafe.Pointer(&x) == p)
}
