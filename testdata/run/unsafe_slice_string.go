package main

import (
	"fmt"
	"unsafe"
)

func main() {
	arr := [6]int{1, 2, 3, 4, 5, 6}
	s := unsafe.Slice(&arr[1], 4)
	fmt.Println(s, len(s), cap(s))
	s[0] = 20
	fmt.Println(arr)
	data := unsafe.SliceData(s)
	fmt.Println(*data, data == &arr[1])
	str := "hello, unsafe"
	sp := unsafe.StringData(str)
	bs := unsafe.Slice(sp, len(str))
	fmt.Println(string(bs[:5]), len(bs))
	buf := []byte("bytes to string")
	view := unsafe.String(&buf[0], 5)
	fmt.Println(view, len(view))
	buf[0] = 'B'
	fmt.Println(view)
	whole := unsafe.String(unsafe.SliceData(buf), len(buf))
	fmt.Println(whole)
	var nilSlice []int
	fmt.Println(unsafe.SliceData(nilSlice) == nil)
	empty := unsafe.Slice((*int)(nil), 0)
	fmt.Println(empty == nil, len(empty))
	e2 := unsafe.String(nil, 0)
	fmt.Println(e2 == "", len(e2))
	words := [3]uint16{0x4142, 0x4344, 0x4546}
	wb := unsafe.Slice((*byte)(unsafe.Pointer(&words[0])), 6)
	fmt.Println(string(wb))
	f := []float64{1.5, 2.5}
	fb := unsafe.Slice((*uint64)(unsafe.Pointer(unsafe.SliceData(f))), len(f))
	fmt.Printf("%#x %#x\n", fb[0], fb[1])
}
