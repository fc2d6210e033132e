package main

import "fmt"

func main() {
	s := "AZaz09 ~\t\n"
	for i := 0; i < len(s); i++ {
		fmt.Print(int(s[i]), " ")
	}
	fmt.Println()
	// Conversions from int to byte keep the low 8 bits.
	vals := 0
	for x := -300; x <= 600; x += 75 {
		fmt.Println(x, int(byte(x)))
		vals++
	}
	fmt.Println(vals)
	// Byte arithmetic wraps at 256.
	b := s[1]
	fmt.Println(int(b), int(b+200), int(b*3), int(b-100), int(b<<2), int(b>>1), int(^b))
	// Bytes compare as unsigned numbers.
	hi := "\xff"
	lo := "\x01"
	fmt.Println(hi[0] > lo[0], int(hi[0]), int(lo[0]), hi > lo, len(hi))
	// Case conversion by arithmetic on byte values.
	word := "Hello, Gopher!"
	upper := 0
	sum := 0
	for i := 0; i < len(word); i++ {
		c := int(word[i])
		if c >= 97 && c <= 122 {
			c -= 32
		}
		sum += c
		if word[i] >= 65 && word[i] <= 90 {
			upper++
		}
	}
	fmt.Println("checksum", sum, "upper", upper)
	// Bytes of a string built at run time.
	t := ""
	for i := 0; i < 5; i++ {
		t += "ab"
	}
	acc := 0
	for i := len(t) - 1; i >= 0; i-- {
		acc = acc*3 + int(t[i])
	}
	fmt.Println(t, len(t), acc, t[0] == t[2], t[0] == t[1])
	const c = "const"
	fmt.Println(int(c[0]), int(c[len(c)-1]), int("xyz"[1]))
}
