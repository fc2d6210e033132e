package main

import "fmt"

func main() {
	var a float32 = 16777216
	fmt.Println(a, a+1, a+2, a+1 == a)
	var b float32 = 0.1
	var c float32 = 0.2
	fmt.Println(b+c, b*c, b/c, c-b)
	fmt.Println(float64(b+c), float64(b)+float64(c))
	var acc float32
	for i := 0; i < 1000; i++ {
		acc += 0.001
	}
	fmt.Println(acc)
	var prod float32 = 1
	for i := 1; i <= 12; i++ {
		prod *= float32(i)
	}
	fmt.Println(prod, int64(prod))
	var big float32 = 3.4028235e38
	fmt.Println(big, big*2, -big*2)
	var small float32 = 1e-45
	fmt.Println(small, small/2)
	x := float32(1) / 3
	y := float64(1) / 3
	fmt.Println(x, y, float64(x) == y)
	fmt.Printf("%.10f %.10f\n", x, y)
	conv := float32(2.7182818284590452)
	fmt.Println(conv)
	fmt.Println(float32(0.1) == 0.1)
	h := float32(1e10)
	fmt.Println(h, int64(h))
	println(b, c, b+c)
}
