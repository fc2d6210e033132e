package main

import "fmt"

func fibMemo() func(int) int {
	memo := map[int]int{0: 0, 1: 1}
	var f func(int) int
	f = func(n int) int {
		if v, ok := memo[n]; ok {
			return v
		}
		r := f(n-1) + f(n-2)
		memo[n] = r
		return r
	}
	return f
}

func main() {
	f := fibMemo()
	fmt.Println(f(10), f(50), f(90))
	sq := map[int8]uint16{}
	for i := int8(-5); i <= 5; i++ {
		sq[i] = uint16(int(i) * int(i))
	}
	fmt.Println(sq)
	fmt.Println(len(sq), sq[-5], sq[4])
	u := map[uint64]string{1<<64 - 1: "max", 0: "zero"}
	fmt.Println(u[18446744073709551615], u[0])
	r := map[rune]int{}
	for _, c := range "hello, world" {
		r[c]++
	}
	fmt.Println(r['l'], r['o'], r['z'], len(r))
	b := map[bool]int{}
	for i := 0; i < 10; i++ {
		b[i%3 == 0]++
	}
	fmt.Println(b)
	bs := map[byte][]int{}
	for i, c := range []byte("abcab") {
		bs[c] = append(bs[c], i)
	}
	fmt.Println(bs)
	keys := []int{}
	inv := map[int]int{3: 30, 1: 10, 2: 20}
	for k := range inv {
		keys = append(keys, k)
	}
	for i := 1; i < len(keys); i++ {
		for j := i; j > 0 && keys[j] < keys[j-1]; j-- {
			keys[j], keys[j-1] = keys[j-1], keys[j]
		}
	}
	fmt.Println(keys)
}
