package main

import "fmt"

func isPow2(x int) bool { return x > 0 && x&(x-1) == 0 }

func nextPow2(x int) int {
	x--
	x |= x >> 1
	x |= x >> 2
	x |= x >> 4
	x |= x >> 8
	x |= x >> 16
	x |= x >> 32
	return x + 1
}

func abs(x int) int {
	m := x >> 63
	return (x ^ m) - m
}

func sign(x int) int {
	return x>>63 | -x>>63&1
}

func trailingZeros(x int) int {
	if x == 0 {
		return 64
	}
	n := 0
	for x&1 == 0 {
		x >>= 1
		n++
	}
	return n
}

func leadingZeros(x int) int {
	n := 0
	for i := 63; i >= 0; i-- {
		if x>>i&1 != 0 {
			break
		}
		n++
	}
	return n
}

func reverseBits(x int) int {
	r := 0
	for i := 0; i < 64; i++ {
		r = r<<1 | x&1
		x >>= 1
	}
	return r
}

// popcount via the classic SWAR method (wraps around in the multiplication).
func popcount(x int) int {
	const m1 = 0x5555555555555555
	const m2 = 0x3333333333333333
	const m4 = 0x0f0f0f0f0f0f0f0f
	const h01 = 0x0101010101010101
	x -= x >> 1 & m1
	x = x&m2 + x>>2&m2
	x = (x + x>>4) & m4
	return (x * h01) >> 56 & 0xff
}

func main() {
	for i := -3; i <= 20; i++ {
		fmt.Println(i, isPow2(i), nextPow2(i), abs(i), sign(i), trailingZeros(i), leadingZeros(i), popcount(i))
	}
	fmt.Println(abs(-9223372036854775807), sign(-9223372036854775808), popcount(-1), leadingZeros(-1))
	fmt.Println(reverseBits(1), reverseBits(6), reverseBits(reverseBits(123456789)))
	// XOR swap.
	a, b := 12345, -678
	a ^= b
	b ^= a
	a ^= b
	fmt.Println(a, b)
	// Lowest set bit, clear lowest set bit, isolate lowest zero.
	x := 0b1011000
	fmt.Println(x&-x, x&(x-1), ^x&(x+1), x|(x+1), x&(x+1))
	// Average without overflow.
	p, q := 9223372036854775800, 9223372036854775806
	fmt.Println((p+q)/2, p&q+(p^q)>>1)
	// Iterate over all subsets of a mask.
	mask := 0b10110
	for sub := mask; ; sub = (sub - 1) & mask {
		fmt.Print(sub, " ")
		if sub == 0 {
			break
		}
	}
	fmt.Println()
}
