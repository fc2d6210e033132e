package main

import "fmt"

func main() {
	src := []int{1, 2, 3, 4, 5}
	dst := make([]int, 3)
	n := copy(dst, src)
	fmt.Println(n, dst)
	big := make([]int, 8)
	n = copy(big, src)
	fmt.Println(n, big)
	// overlapping: shift right
	s := []int{1, 2, 3, 4, 5, 6}
	n = copy(s[2:], s)
	fmt.Println(n, s)
	// overlapping: shift left
	s = []int{1, 2, 3, 4, 5, 6}
	n = copy(s, s[2:])
	fmt.Println(n, s)
	b := make([]byte, 5)
	n = copy(b, "hello, world")
	fmt.Println(n, string(b), b)
	n = copy(b[3:], "XYZ")
	fmt.Println(n, string(b))
	var nilDst []int
	fmt.Println(copy(nilDst, src), copy(src, nilDst))
	arr := [4]string{"a", "b", "c", "d"}
	n = copy(arr[1:], []string{"X", "Y", "Z", "W"})
	fmt.Println(n, arr)
	runes := []rune("héllo")
	rcopy := make([]rune, 2)
	copy(rcopy, runes[1:])
	fmt.Println(string(rcopy))
	type P struct{ A, B int }
	ps := []P{{1, 2}, {3, 4}}
	pd := make([]P, 2)
	copy(pd, ps)
	pd[0].A = 100
	fmt.Println(ps, pd)
	self := []int{1, 2, 3}
	fmt.Println(copy(self, self), self)
	u8 := []uint8{9, 9, 9, 9}
	copy(u8[1:3], []uint8{7})
	fmt.Println(u8)
}
