package main

import "fmt"

type Size uint64

const (
	_       = iota
	KB Size = 1 << (10 * iota)
	MB
	GB
	TB
)

type Dir int8

const (
	North Dir = iota
	East
	South
	West
)

const (
	a, b = iota, iota * 10
	c, d
	e, f
)

const (
	x0 = "s"
	x1
	x2 = iota
	x3
)

func main() {
	fmt.Println(KB, MB, GB, TB)
	fmt.Printf("%T %T\n", KB, North)
	fmt.Println(North, East, South, West, West-East)
	fmt.Println(a, b, c, d, e, f)
	fmt.Println(x0, x1, x2, x3)
	const big = 1 << 62
	fmt.Println(big, big>>60)
	const typed int32 = 1 << 30
	fmt.Println(typed, typed/3)
	const str = "const" + "ant"
	fmt.Println(str, len(str))
	const r = 'a' + 1
	fmt.Println(r, string(rune(r)))
	const f = 5 / 2
	const g = 5 / 2.0
	fmt.Println(f, g)
	const bb = 3 > 2
	fmt.Println(bb, !bb)
	var u8 uint8 = 255
	fmt.Println(u8 + 1 - 1)
	const mask = ^uint32(0)
	fmt.Println(mask, mask>>16)
	const huge = 1 << 200
	fmt.Println(huge >> 195)
}
