package main

import (
	"fmt"
	"unsafe"
)

type Pixel struct {
	R, G, B, A uint8
}

func main() {
	px := []Pixel{{1, 2, 3, 4}, {5, 6, 7, 8}}
	raw := unsafe.Slice((*uint8)(unsafe.Pointer(&px[0])), len(px)*int(unsafe.Sizeof(Pixel{})))
	fmt.Println(raw, len(raw))
	raw[5] = 60
	fmt.Println(px[1])
	u32 := unsafe.Slice((*uint32)(unsafe.Pointer(&px[0])), 2)
	fmt.Printf("%#08x %#08x\n", u32[0], u32[1])
	u32[0] = 0x0A0B0C0D
	fmt.Println(px[0])
	s := "immutable"
	p := unsafe.StringData(s)
	first := *p
	fmt.Println(first, string(rune(first)))
	bs := []byte("mutable!")
	str := unsafe.String(unsafe.SliceData(bs), len(bs))
	fmt.Println(str)
	bs[7] = '?'
	fmt.Println(str)
	sub := unsafe.String((*byte)(unsafe.Add(unsafe.Pointer(unsafe.SliceData(bs)), 2)), 3)
	fmt.Println(sub)
	var x struct {
		a int32
		b int32
	}
	ptr := (*int64)(unsafe.Pointer(&x))
	*ptr = 1<<32 | 7
	fmt.Println(x.a, x.b)
}
