package main

import "fmt"

func main() {
	f := 3.99
	fmt.Println(int(f), int(-f), int64(f*100), uint8(f))
	g := -0.5
	fmt.Println(int(g), int(-g))
	big := 9007199254740993 // 2^53 + 1
	fmt.Println(float64(big), int64(float64(big)))
	fmt.Println(float32(big), float64(float32(16777217)))
	var i8 int8 = -128
	fmt.Println(float64(i8), float32(i8))
	var u64 uint64 = 1 << 63
	fmt.Println(float64(u64), uint64(float64(u64)))
	var u64b uint64 = 18446744073709549568
	fmt.Println(float64(u64b), uint64(float64(u64b)))
	x := 0.1
	x32 := float32(x)
	fmt.Println(x32, float64(x32), float64(x32) == x)
	fmt.Println(float32(0.1)+float32(0.2), 0.1+0.2)
	sum32 := float32(0)
	sum64 := 0.0
	for i := 0; i < 10; i++ {
		sum32 += 0.1
		sum64 += 0.1
	}
	fmt.Println(sum32, sum64, sum32 == 1, sum64 == 1)
	n := 7
	fmt.Println(float64(n)/2, n/2, float64(n/2))
	h := 1e10
	fmt.Println(int64(h), int32(int64(h)))
	fmt.Println(uint32(4e9), int32(-2e9))
	r := 2.675
	fmt.Println(int(r*100+0.5), float64(int(r*100+0.5))/100)
	var fl float64 = 1 << 62
	fmt.Println(int64(fl), uint64(fl*2))
	c := 'A'
	fmt.Println(float64(c)+0.5, rune(float64(c)+1.7))
}
