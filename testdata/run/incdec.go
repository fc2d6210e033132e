package main

import "fmt"

var global int

func main() {
	x := 100
	x += 5
	fmt.Println("+=", x)
	x -= 25
	fmt.Println("-=", x)
	x *= 3
	fmt.Println("*=", x)
	x /= 7
	fmt.Println("/=", x)
	x %= 10
	fmt.Println("%=", x)
	x <<= 4
	fmt.Println("<<=", x)
	x >>= 2
	fmt.Println(">>=", x)
	x |= 0x81
	fmt.Println("|=", x)
	x &= 0xF0
	fmt.Println("&=", x)
	x ^= 0xFF
	fmt.Println("^=", x)
	x &^= 0x0F
	fmt.Println("&^=", x)
	x++
	fmt.Println("++", x)
	x--
	x--
	fmt.Println("--", x)

	global++
	global += 10
	global *= global
	fmt.Println("global", global)

	s := "a"
	for i := 0; i < 5; i++ {
		s += s
	}
	fmt.Println(len(s))

	// Compound assignment with a shift count held in a variable.
	v := 1
	sh := 3
	for i := 0; i < 5; i++ {
		v <<= sh
		fmt.Print(v, " ")
	}
	fmt.Println()
	for v != 0 {
		v >>= sh + 1
		fmt.Print(v, " ")
	}
	fmt.Println()

	// Negative numbers.
	n := -50
	n /= 3
	fmt.Println(n)
	n %= 7
	fmt.Println(n)
	n >>= 1
	fmt.Println(n)
	n--
	n *= -n
	fmt.Println(n)

	// Accumulating in nested loops.
	acc := 0
	for i := 1; i <= 10; i++ {
		for j := 1; j <= 10; j++ {
			acc += i * j
			acc ^= j
		}
		acc -= i
	}
	fmt.Println("acc", acc)
}
