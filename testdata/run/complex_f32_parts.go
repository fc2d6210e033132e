package main

import "fmt"

func norm(c complex64) float32 { return real(c)*real(c) + imag(c)*imag(c) }

func main() {
	var c complex64 = complex(float32(0.1), float32(0.2))
	fmt.Println(real(c), imag(c))
	fmt.Println(real(c)+imag(c), float64(real(c)))
	var d complex64 = 3 + 4i
	fmt.Println(d*d, d/d, d-d)
	prod := complex64(1)
	for i := 0; i < 5; i++ {
		prod *= d
	}
	fmt.Println(prod)
	e := complex128(d) * complex128(d)
	fmt.Println(e)
	fmt.Printf("%.3f|%8.2f|%e\n", c, d, d)
	println(c, d)
	re, im := real(d), imag(d)
	fmt.Printf("%T %T\n", re, im)
	const ci = 1 + 2i
	var f float64 = real(ci)
	var g float32 = imag(ci)
	fmt.Println(f, g)
	fmt.Println(norm(d), norm(c), norm(d/2))
	third := complex(float32(1)/3, float32(-1)/3)
	fmt.Println(third, third*3, complex128(third))
	var acc complex64
	for i := 0; i < 10; i++ {
		acc += complex(float32(0.1), float32(-0.1))
	}
	fmt.Println(acc, real(acc) == 1)
	fmt.Println(complex64(complex(1e20, 1e-20)))
}
