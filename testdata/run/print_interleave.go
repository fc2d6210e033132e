package main

import "fmt"

func main() {
	for i := 0; i < 4; i++ {
		if i%2 == 0 {
			println("stderr", i, float64(i)/4)
		} else {
			fmt.Println("stdout", i, float64(i)/4)
		}
	}
	print("partial ")
	fmt.Print("mixed ")
	println("line")
	var ip *int
	var sl []string
	var ifc any
	println(ip == nil, sl == nil, ifc == nil)
	fmt.Println(ip, sl, ifc)
	fmt.Println(nil)
	var m map[int]int
	fmt.Println(m, len(m))
	var fn func()
	fmt.Println(fn == nil)
	fmt.Printf("%v %v %v %d\n", ip, sl, m, len(sl))
	println(1e6, 1e-6)
	fmt.Println(1e6, 1e-6)
	println(complex(1, -1))
	fmt.Println(complex(1, -1))
}
