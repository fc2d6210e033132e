package main

import "fmt"

func main() {
	x := 0x12345678ABCDEF01
	fmt.Println(int8(x), uint8(x), int16(x), uint16(x))
	fmt.Println(int32(x), uint32(x), int64(x), uint64(x))
	n := -1
	fmt.Println(uint8(n), uint16(n), uint32(n), uint64(n), uint(n))
	var i8 int8 = -5
	fmt.Println(int16(i8), uint16(i8), int32(i8), uint32(i8), uint64(i8))
	var u8 uint8 = 250
	fmt.Println(int8(u8), int16(u8), int64(u8))
	var u32 uint32 = 0xFFFFFFFF
	fmt.Println(int32(u32), int64(u32), uint64(u32), int8(u32))
	var i32 int32 = -2
	fmt.Println(uint32(i32), uint64(i32), uint64(uint32(i32)))
	v := 300
	fmt.Println(byte(v), rune(v), int8(v))
	s := string(rune(v))
	fmt.Println(s, len(s))
	var big uint64 = 1<<63 + 5
	fmt.Println(int64(big), int(big), int32(big))
	m129 := int32(-129)
	chain := int8(uint16(m129))
	fmt.Println(chain)
	var a int16 = -300
	var b uint8 = uint8(a)
	var c int8 = int8(b)
	fmt.Println(b, c)
	fmt.Printf("%T %T %T\n", int8(1)+2, uint(3), 'x'+1)
	var r rune = 'é'
	fmt.Println(byte(r), uint16(r), string(byte(r)) == string(r))
}
