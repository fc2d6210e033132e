package main

import "fmt"

var state = 42

// lcg is Knuth's MMIX linear congruential generator; the multiplication wraps.
func lcg() int {
	state = state*6364136223846793005 + 1442695040888963407
	return state
}

// xorshift is Marsaglia's xorshift64 with logical shifts emulated on int.
func xorshift(x int) int {
	x ^= x << 13
	x ^= x >> 7 & (1<<57 - 1)
	x ^= x << 17
	return x
}

// below returns a value in [0, n) from the high bits of the generator.
func below(n int) int {
	r := lcg() >> 33 & (1<<31 - 1)
	return r % n
}

func main() {
	for range 8 {
		fmt.Println(lcg())
	}
	x := 88172645463325252
	for i := range 8 {
		x = xorshift(x)
		fmt.Println("xorshift", i, x)
	}
	// Roll a die many times and count the faces.
	c1, c2, c3, c4, c5, c6 := 0, 0, 0, 0, 0, 0
	for range 60000 {
		switch below(6) + 1 {
		case 1:
			c1++
		case 2:
			c2++
		case 3:
			c3++
		case 4:
			c4++
		case 5:
			c5++
		case 6:
			c6++
		}
	}
	fmt.Println(c1, c2, c3, c4, c5, c6, c1+c2+c3+c4+c5+c6)
	// A random walk.
	pos, maxPos, minPos := 0, 0, 0
	for range 10000 {
		if below(2) == 0 {
			pos++
		} else {
			pos--
		}
		if pos > maxPos {
			maxPos = pos
		}
		if pos < minPos {
			minPos = pos
		}
	}
	fmt.Println("walk", pos, minPos, maxPos)
	// Monte Carlo estimate of pi*10000 with integer coordinates.
	inside := 0
	const n = 100000
	for range n {
		a, b := below(10000), below(10000)
		if a*a+b*b < 10000*10000 {
			inside++
		}
	}
	fmt.Println("pi ~", 4*inside*10000/n, "/ 10000")
}
