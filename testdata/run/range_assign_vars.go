package main

import "fmt"

func main() {
	var g func() int
	var i int
	for i = range [3]int{} {
		if i == 0 {
			g = func() int { return i }
		}
	}
	fmt.Println(g(), i)

	var k, v int
	var fs []func() (int, int)
	for k, v = range []int{5, 6, 7} {
		fs = append(fs, func() (int, int) { return k, v })
	}
	for _, f := range fs {
		fmt.Println(f())
	}

	var r rune
	var pos int
	for pos, r = range "héllo" {
	}
	fmt.Println(pos, string(r))

	var n int
	for n = range 4 {
	}
	fmt.Println(n)

	var arr *[4]int
	sum := 0
	for j := range arr {
		sum += j
	}
	for j, _ := range arr {
		sum += j
	}
	fmt.Println(sum)

	var hs []func() int
	for j := range 3 {
		hs = append(hs, func() int { return j * 10 })
	}
	for _, h := range hs {
		fmt.Print(h(), " ")
	}
	fmt.Println()
}
