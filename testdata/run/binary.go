package main

import "fmt"

func bin(n int) string {
	if n == 0 {
		return "0"
	}
	s := ""
	for n > 0 {
		if n&1 == 1 {
			s = "1" + s
		} else {
			s = "0" + s
		}
		n >>= 1
	}
	return s
}

// bits64 shows all 64 bits of n, including negative values.
func bits64(n int) string {
	s := ""
	for i := 63; i >= 0; i-- {
		if (n>>i)&1 == 1 {
			s += "1"
		} else {
			s += "0"
		}
		if i%8 == 0 && i > 0 {
			s += "_"
		}
	}
	return s
}

func parseBin(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n<<1 | (int(s[i]) - 48)
	}
	return n
}

func popcount(n int) int {
	c := 0
	for n != 0 {
		n &= n - 1
		c++
	}
	return c
}

func gray(n int) int { return n ^ n>>1 }

func main() {
	for n := range 17 {
		fmt.Println(n, bin(n), popcount(n), bin(gray(n)), parseBin(bin(n)) == n)
	}
	fmt.Println(bin(1000), bin(1<<40+1))
	fmt.Println(bits64(1))
	fmt.Println(bits64(-1))
	fmt.Println(bits64(-2))
	fmt.Println(bits64(1 << 63 >> 63))
	fmt.Println(bits64(0x0123456789abcdef))
	fmt.Println(bits64(-0x0123456789abcdef))
	fmt.Println(popcount(-1), popcount(0x5555555555555555), popcount(-1<<63))
	fmt.Println(parseBin("101010"), parseBin("11111111"), parseBin(""))
	// Gray codes differ in exactly one bit between neighbours.
	okCount := 0
	for i := 0; i < 1000; i++ {
		if popcount(gray(i)^gray(i+1)) == 1 {
			okCount++
		}
	}
	fmt.Println("gray ok", okCount)
}
