package main

import "fmt"

func main() {
	var re, im float64 = 3, -4
	c := complex(re, im)
	fmt.Println(c, real(c), imag(c))
	var r32, i32 float32 = 1.5, 2.5
	c64 := complex(r32, i32)
	fmt.Printf("%T %v\n", c64, c64)
	fmt.Println(real(c64)*2, imag(c64)*2)
	const k = complex(1, 2)
	fmt.Println(real(k), imag(k), k)
	cs := []complex128{complex(1, 1), complex(2, -2), complex(0, 3)}
	var sr, si float64
	for _, v := range cs {
		sr += real(v)
		si += imag(v)
	}
	fmt.Println(sr, si, complex(sr, si))
	fmt.Println(real(5), imag(5), real(2i))
	mag2 := func(z complex128) float64 { return real(z)*real(z) + imag(z)*imag(z) }
	fmt.Println(mag2(c), mag2(c*c), mag2(c)*mag2(c))
	polar := complex(0, 1)
	z := complex(1, 0)
	for i := 0; i < 8; i++ {
		z *= polar
	}
	fmt.Println(z, real(z) == 1, imag(z) == 0)
}
