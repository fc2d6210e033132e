// Integer division and shifts get their checks; float and complex do not.
package main

func div(a, b int) int        { return a / b }
func rem(a int8, b int8) int8 { return a % b }
func shl(x uint, s int) uint  { return x << s }
func fdiv(a, b float64) float64 { return a / b }
func conv(f float64) int32    { return int32(f) }

func main() {}
