package main

import "fmt"

func main() {
	var i8 int8 = 127
	i8++
	fmt.Println(i8)
	i8 = -128
	i8--
	fmt.Println(i8)
	var u8 uint8 = 255
	u8++
	fmt.Println(u8)
	u8 = 0
	u8--
	fmt.Println(u8)
	var i16 int16 = 32767
	i16 += 10
	fmt.Println(i16)
	var u16 uint16 = 65535
	u16 *= 2
	fmt.Println(u16)
	var i32 int32 = 2147483647
	i32 *= 2
	fmt.Println(i32)
	var u32 uint32 = 1 << 31
	u32 *= 2
	fmt.Println(u32)
	var i64 int64 = 9223372036854775807
	i64++
	fmt.Println(i64)
	var u64 uint64 = 0
	u64--
	fmt.Println(u64)
	var x8 int8 = 100
	fmt.Println(x8+x8, x8*3, -x8-x8)
	var m8 int8 = -128
	fmt.Println(-m8, m8/-1, m8*-1)
	var m64 int64 = -9223372036854775808
	neg1 := int64(-1)
	fmt.Println(m64/neg1, m64%neg1, -m64)
	var m32 int32 = -2147483648
	fmt.Println(m32/int32(neg1), m32%int32(neg1))
	var h uint32 = 2166136261
	for _, c := range []byte("hash me") {
		h ^= uint32(c)
		h *= 16777619
	}
	fmt.Println(h)
	var acc uint16 = 1
	for i := 0; i < 20; i++ {
		acc = acc*31 + 7
	}
	fmt.Println(acc)
	var ii int = 1
	for i := 0; i < 70; i++ {
		ii *= 3
	}
	fmt.Println(ii)
}
