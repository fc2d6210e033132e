package main

import "fmt"

func main() {
	a := complex(1, 2)
	b := 3 + 4i
	fmt.Println(a, b, real(a), imag(b))
	fmt.Println(a+b, a-b, a*b, b/a)
	fmt.Println(a == complex(1, 2), a != b, a*0 == 0)
	var c64 complex64 = complex64(a)
	fmt.Println(c64, real(c64), imag(c64))
	fmt.Printf("%T %T %T %T\n", a, c64, real(c64), imag(a))
	z := 0i
	fmt.Println(z, -a, a*1i, 1i*1i)
	conj := complex(real(b), -imag(b))
	fmt.Println(conj, b*conj, real(b*conj))
	pw := complex(1, 0)
	for i := 0; i < 4; i++ {
		pw *= 1i
		fmt.Print(pw, " ")
	}
	fmt.Println()
	var zero complex128
	fmt.Println(zero == 0, zero)
	x := complex(float32(1.5), float32(-2.5))
	fmt.Println(x)
	fmt.Printf("%v %.2f %g\n", b, b, a)
	const k = 2i * 2i
	fmt.Println(k, real(k))
	fmt.Println(complex(3, 0) == 3)
}
