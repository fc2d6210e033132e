package main

import "fmt"

const maxInt = 1<<63 - 1
const minInt = -1 << 63

func add(a, b int) int { return a + b }
func mul(a, b int) int { return a * b }
func div(a, b int) int { return a / b }
func rem(a, b int) int { return a % b }
func neg(a int) int    { return -a }

func main() {
	fmt.Println("max", maxInt, "min", minInt)
	m := maxInt
	m++
	fmt.Println("max+1", m, m == minInt)
	m--
	fmt.Println("min-1", m, m == maxInt)
	fmt.Println("add", add(maxInt, maxInt), add(minInt, minInt), add(minInt, -1))
	fmt.Println("mul", mul(maxInt, 2), mul(minInt, -1), mul(1<<32, 1<<32), mul(1<<32+1, 1<<32+1))
	fmt.Println("neg", neg(minInt), neg(maxInt))
	// MinInt / -1 wraps to MinInt and MinInt % -1 is 0 (it must not trap).
	fmt.Println("div", div(minInt, -1), rem(minInt, -1), div(minInt, 1), div(minInt, 2))
	fmt.Println("rem", rem(minInt, 10), rem(maxInt, 10), div(maxInt, 10))

	// Repeated multiplication wraps around.
	p := 1
	for i := 0; i < 70; i++ {
		p *= 3
		if i%10 == 9 {
			fmt.Println("3^", i+1, "=", p)
		}
	}
	// Factorials overflow after 20!.
	f := 1
	for i := 1; i <= 25; i++ {
		f *= i
		fmt.Println(i, "! =", f)
	}
	// Wrapping sum.
	s := 0
	for i := 0; i < 100; i++ {
		s += maxInt / 7
	}
	fmt.Println("sum", s)
	x := minInt
	x -= 1
	fmt.Println("x", x)
	x += 2
	fmt.Println("x", x)
	y := 1 << 62
	y <<= 1
	fmt.Println("y", y, y<<1, y>>1, -y)
}
