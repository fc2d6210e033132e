package main

import "fmt"

func share(total uint32, parts uint32) (uint32, uint32) {
	return total / parts, total % parts
}

func main() {
	var total uint32 = 1000
	var u8 uint8 = 255
	fmt.Println(u8/16, u8%16, u8/255)
	var u64 uint64 = 1<<64 - 1
	fmt.Println(u64/3, u64%1000)
	var small uint16 = 7
	fmt.Println(small/2, small%2, small/8)
	var w uint = 10
	fmt.Println(w/3*3+w%3 == w)
	counts := map[uint32]uint32{}
	for p := uint32(1); p <= 4; p++ {
		q, r := share(total, p)
		counts[r]++
		fmt.Println("share", p, q, r)
	}
	fmt.Println(counts)
	parts := []uint32{10, 3, 7, 0, 5}
	for _, p := range parts {
		fmt.Println("dividing by", p)
		fmt.Println(share(total, p))
	}
}
