package main

import "fmt"

const Pi100 = 314
const greeting = "hello"
const typed int = 99
const (
	big   = 1 << 100
	small = big >> 98
	kb    = 1024
	mb    = kb * kb
	gb    = mb * kb
)

const yes = 1 < 2
const no = !yes && true
const title = greeting + ", " + "world"
const titleLen = len(title)

func main() {
	const local = 7
	const localTyped int = local * 3
	const s = "abc"
	fmt.Println(Pi100, greeting, typed, small, kb, mb, gb)
	fmt.Println(big/(big>>10), big%7 == 0, (big-1)%7)
	fmt.Println(yes, no, title, titleLen, len(s), len(greeting+s))
	fmt.Println(local, localTyped, local*local, -local, ^local)
	fmt.Println(1000 == 10*10*10, 10/3, 10%3, -10/3, 7/2*2)
	// Untyped constant arithmetic is exact.
	const huge = 1000000000000000000000000
	fmt.Println(huge/1000000000000000000, huge%1000000007)
	const mask = 1<<64 - 1
	fmt.Println(mask>>1 == 1<<63-1, mask>>60)
	// Constants mixed with variables.
	n := 5
	fmt.Println(n*local, n+typed, n<<local, local<<n)
	var x = small + n
	var y int = kb - n
	fmt.Println(x, y)
	// Typed constant expressions.
	const t2 = typed * 2
	fmt.Println(t2, t2/typed)
	// A string constant indexed at run time.
	for i := 0; i < len(s); i++ {
		fmt.Println(i, int(s[i]))
	}
	fmt.Println(s < "abd", s == "abc", greeting > title)
}
