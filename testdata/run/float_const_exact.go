package main

import "fmt"

const big = 1 << 100
const huge = 1e300 * 1e300 / 1e300
const third = 1.0 / 3
const hexf = 0x1p-2
const hexf2 = 0x1.8p1
const tiny = 1e-400 * 1e400

func main() {
	fmt.Println(big / (1 << 98))
	fmt.Println(big>>90, big%7 == 2)
	fmt.Println(huge)
	fmt.Println(third*3 == 1, third)
	fmt.Println(hexf, hexf2, 0x10p-4)
	fmt.Println(tiny)
	const x = 0.1
	const y = 0.2
	fmt.Println(x+y == 0.3, x+y)
	a, b := 0.1, 0.2
	fmt.Println(a+b == 0.3, a+b)
	fmt.Println(1e100, 1e-100)
	const f32 float32 = 1.0 / 3
	fmt.Println(f32, float64(f32))
	const i = 7 / 2
	const fdiv = 7 / 2.0
	fmt.Println(i, fdiv)
	var v float64 = big
	fmt.Println(v)
	fmt.Println(1_000_000.5, 0x_1F, 0o17, 0b1010)
	fmt.Println(6.02214076e23, 1.602e-19)
	const maxU = 1<<64 - 1
	fmt.Println(uint64(maxU), maxU/(1<<32))
	var f38 float32 = 1e38
	fmt.Println(f38*10 > 1e38, f38*10)
	const e = 2.718281828459045235360287471352662497757247093699959574966
	fmt.Println(e)
	fmt.Println(2.5e-3, 1e6, 'a'*2.0)
}
