package main

import "fmt"

func main() {
	var one uint64 = 1
	for _, s := range []uint{0, 1, 31, 32, 63, 64, 65, 200} {
		fmt.Println(s, one<<s, (one<<63)>>s)
	}
	var neg int64 = -16
	for _, s := range []uint{1, 4, 5, 63, 64, 100} {
		fmt.Println("neg>>", s, neg>>s, neg<<s)
	}
	var u8 uint8 = 0x81
	var s8 uint = 1
	fmt.Println(u8<<s8, u8>>s8, u8<<7, u8<<8, u8>>8)
	var i8 int8 = -128
	fmt.Println(i8>>1, i8>>7, i8>>8, i8<<1)
	var i32 int32 = 1
	fmt.Println(i32<<31, i32<<32, int32(-1)<<31)
	n := 3
	fmt.Println(1<<n, 1024>>n, -1024>>n)
	var sh int = 70
	fmt.Println(uint32(1)<<sh, int16(-1)>>sh)
	var signed int8 = 5
	fmt.Println(7<<signed, 255>>signed)
	x := uint16(0xBEEF)
	rot := x<<4 | x>>12
	fmt.Printf("%x %x\n", x, rot)
	var mask uint64
	for i := 0; i < 64; i += 8 {
		mask |= 1 << i
	}
	fmt.Printf("%#x\n", mask)
	fmt.Println(^uint8(0), ^int8(0), ^0, uint16(^uint16(0)>>3))
	fmt.Println(0xF0&^0x30, 6&3, 6|3, 6^3)
}
