package main

import "fmt"

func main() {
	vals := []float64{0.9999, -0.9999, 1e9 + 0.5, -2147483648.7, 4294967295.9, 1e18, -9.2e18}
	for _, v := range vals {
		fmt.Println(v, int64(v))
	}
	var fm32 float32 = -2147483648
	var fu32 float32 = 4.2949673e9
	fmt.Println(int32(fm32), uint32(fu32-256))
	var g1 float64 = 255.9
	var g2 float32 = -128.5
	var g3 float64 = 65535.0
	fmt.Println(uint8(g1), int8(g2), uint16(g3))
	var f32 float32 = 8388608.5 // 2^23 + .5: not representable, rounds to even
	fmt.Println(f32, int32(f32))
	var f32b float32 = 16777216.0
	fmt.Println(int64(f32b+1), int64(f32b+2))
	for _, i := range []int64{1 << 53, 1<<53 + 1, 1<<53 + 2, -(1<<53 + 1)} {
		f := float64(i)
		fmt.Println(i, f, int64(f), int64(f) == i)
	}
	for _, i := range []int32{16777216, 16777217, 16777219} {
		fmt.Println(i, float32(i), int32(float32(i)))
	}
	var u uint64 = 1<<64 - 1
	fmt.Println(float64(u), float32(u))
	var neg int64 = -1
	fmt.Println(float64(neg), float64(uint64(neg)))
	half := 0.5
	fmt.Println(int(half), int(-half), int(half*3), int(half*5), int(-half*3))
}
