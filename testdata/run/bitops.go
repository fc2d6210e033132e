package main

import "fmt"

func main() {
	x, y := 0xF0F0, 0x0FF0
	fmt.Println("x&y", x&y)
	fmt.Println("x|y", x|y)
	fmt.Println("x^y", x^y)
	fmt.Println("x&^y", x&^y)
	fmt.Println("^x", ^x)
	fmt.Println("^0", ^0)
	fmt.Println("-x", -x)
	fmt.Println("^-1", ^-1)

	// Shifts by variable amounts.
	one := 1
	for s := 0; s < 70; s += 7 {
		fmt.Println("1<<", s, "=", one<<s)
	}
	neg := -1000
	for s := 0; s <= 66; s += 11 {
		fmt.Println("-1000>>", s, "=", neg>>s, " 1000>>", s, "=", 1000>>s)
	}
	// Shifting by 64 or more gives 0 (or -1 for a negative value shifted right).
	big := 64
	fmt.Println(one<<big, neg>>big, x>>big, x<<(big+100))
	fmt.Println(one<<63, (one<<63)>>63, (one<<62)<<1)

	// Untyped constant shifted by a variable count takes the type int from context.
	n := 10
	var z int = 1 << n
	fmt.Println("z", z)
	fmt.Println("1<<n", 1<<n)

	// Constant shifts.
	const c = 1 << 40
	fmt.Println("c", c, c>>38)
	fmt.Println("0x7f<<3", 0x7f<<3, 0b1011, 0o17, 017, 0xdead_beef, 1_000_000)

	// Bitwise identities.
	a, b := 123456789, 987654321
	fmt.Println(a^b^b == a, a&b|a&^b == a, (a|b)-(a&b) == a^b, ^a == -a-1)
	fmt.Println(a&-a, a&(a-1), b&-b, b&(b-1))
}
