package main

import "fmt"

func main() {
	fmt.Println(min(3, 1, 2), max(3, 1, 2), min(5), max(-1, -5))
	a, b := 10, 20
	fmt.Println(min(a, b), max(a, b), min(a, b, -a))
	var u8a, u8b uint8 = 200, 100
	fmt.Println(min(u8a, u8b), max(u8a, u8b))
	fmt.Println(min(1.5, 2.5), max(1.5, 2.5), min(2, 1.5))
	x, y := 1.25, -0.5
	fmt.Println(min(x, y), max(x, y))
	zero := 0.0
	nan := zero / zero
	negz := -zero
	fmt.Println(min(nan, 1.0), max(nan, 1.0), min(1.0, nan), max(2.0, nan, 3.0))
	fmt.Println(min(zero, negz), max(zero, negz), min(negz, zero), max(negz, zero))
	fmt.Println(1/min(zero, negz), 1/max(zero, negz), 1/min(negz, zero), 1/max(negz, zero))
	inf := 1 / zero
	fmt.Println(min(inf, -inf), max(inf, -inf, 5), min(inf, 7))
	fmt.Println(min("banana", "apple", "cherry"), max("banana", "apple", "cherry"))
	s1, s2 := "abc", "abd"
	fmt.Println(min(s1, s2), max(s1, s2), min("", s1))
	var f32 float32 = 2.5
	fmt.Println(min(f32, 3), max(f32, 1))
	fmt.Printf("%T %T\n", min(1, 2.0), max(int8(1), 2))
	const c = min(1, 2, 3) + max(4, 5)
	fmt.Println(c)
	vals := []int{5, -3, 8, 0}
	lo, hi := vals[0], vals[0]
	for _, v := range vals {
		lo = min(lo, v)
		hi = max(hi, v)
	}
	fmt.Println(lo, hi)
}
