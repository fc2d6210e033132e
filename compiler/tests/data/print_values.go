package main

import "math"

func main() {
	negZero := math.Copysign(0, -1)
	println(1.5, 0.0, negZero, -1.5, 1e300, -1e-300, 123456789.0, 0.1, 2.0/3.0)
	println(math.Inf(1), math.Inf(-1), math.NaN(), 5e-324, math.MaxFloat64, 9.9999999, 99999995.0, 1e100, 1e-5)
	println(complex(1, 2), complex(-0.5, math.Inf(1)))
	println(true, false, 42, -7, uint64(18446744073709551615), "str")
	var p *int
	println(p)
}
