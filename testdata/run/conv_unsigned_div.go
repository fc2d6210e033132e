package main

import "fmt"

func main() {
	var a uint64 = 18446744073709551615
	fmt.Println(a/2, a/3, a%7, a/10, a%10)
	var b uint32 = 4294967295
	fmt.Println(b/16, b%16, b/1000000)
	var c uint8 = 200
	fmt.Println(c/3, c%3, c/7)
	x := -7
	y := 2
	fmt.Println(x/y, x%y, -x/y, x/-y, x%-y)
	fmt.Println(uint(x)/uint(y) > 0, int8(-7)/2, int8(-7)%2)
	var i64 int64 = -9223372036854775808
	fmt.Println(i64/2, i64%3, i64/-2)
	digits := func(n uint64) []int {
		var d []int
		for n > 0 {
			d = append([]int{int(n % 10)}, d...)
			n /= 10
		}
		return d
	}
	fmt.Println(digits(a))
	fmt.Println(digits(1<<63 + 12345))
	// Unsigned comparison after conversion.
	var s int32 = -1
	fmt.Println(uint32(s) > 100, s > 100)
	var u uint = 5
	var v uint = 7
	fmt.Println(u-v, (u-v)/2, (u-v)%1000)
	for i := uint8(250); i != 4; i++ {
		fmt.Print(i, " ")
	}
	fmt.Println()
}
