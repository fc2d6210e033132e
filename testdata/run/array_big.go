package main

import "fmt"

var global [1 << 16]int
var gbytes [1 << 20]byte

func fillLocal() int {
	var local [1 << 16]int
	for i := range local {
		local[i] = i * 3
	}
	s := 0
	for _, v := range local {
		s += v
	}
	return s
}

func byValue(a [1 << 16]int) int {
	a[0] = -1
	return a[0] + a[len(a)-1]
}

func main() {
	for i := range global {
		global[i] = i
	}
	fmt.Println(global[0], global[1<<15], global[len(global)-1])
	fmt.Println(fillLocal())
	fmt.Println(byValue(global), global[0])
	var local [1 << 16]int
	local = global
	local[5] = 0
	fmt.Println(local[5], global[5], local == global)
	local[5] = 5
	fmt.Println(local == global)
	for i := range gbytes {
		gbytes[i] = byte(i)
	}
	sum := 0
	for _, b := range gbytes {
		sum += int(b)
	}
	fmt.Println(sum, len(gbytes), gbytes[1<<20-1])
	p := new([1 << 17]int32)
	p[1<<17-1] = 42
	fmt.Println(p[1<<17-1], p[0], len(p))
}
