package main

import "fmt"

func mean(xs []float64) float64 {
	s := 0.0
	for _, x := range xs {
		s += x
	}
	return s / float64(len(xs))
}

func main() {
	x := 0.1 + 0.2
	fmt.Println(x, x == 0.3)
	a, b := 0.1, 0.2
	y := a + b
	fmt.Println(y, y == 0.3)
	println("println float:", y)
	var f32 float32 = 0.1
	println("float32:", f32, float64(f32))
	fmt.Println(f32, float64(f32))
	fmt.Println(-y, y*10, y/3)
	fmt.Printf("%.20f\n", y)
	fmt.Println(mean([]float64{1, 2, 3, 4}))
	m := mean(nil)
	fmt.Println(m, m != m)
	println(m)
	panic(y)
}
