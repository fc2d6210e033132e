package main

import "fmt"

func main() {
	var s uint = 40
	var u uint64 = 1 << s
	v := uint64(0) | 1<<s
	w := uint64(1 << s)
	var i32 int32 = 1<<(s-20) + 1
	x := 1 << s
	fmt.Println(u, v, w, i32, x, 1<<s == 1<<40, int8(1)<<s)
	var f uint8 = 1<<(s/8) | 1
	fmt.Println(f, ^(1<<s) & u)
	bits := []uint64{0, 0}
	i := 70
	bits[i/64] ^= 1<<(uint(i)&63) - 1
	fmt.Println(bits)
	var p int32 = 5
	fmt.Println(-(1 << s) <= p)
}
