package main

import "fmt"

type Phasor complex128

func (p Phasor) Mag2() float64 { return real(p)*real(p) + imag(p)*imag(p) }

func main() {
	a := complex(1.0, 2.0)
	b := complex(1.0, 2.0)
	fmt.Println(a == b, a != b)
	zero := 0.0
	nan := complex(zero/zero, 0)
	fmt.Println(nan == nan, nan != nan)
	negz := complex(-zero, -zero)
	fmt.Println(negz == 0, negz)
	var c64 complex64 = complex64(complex(0.1, 0.2))
	c128 := complex128(c64)
	fmt.Println(c64, c128, c128 == complex(0.1, 0.2))
	p := Phasor(3 + 4i)
	fmt.Println(p, p.Mag2())
	m := map[complex128]string{1i: "i", 1: "one", -1i: "-i"}
	fmt.Println(m[1i], m[complex(1, 0)], m[-1i], len(m))
	var i any = 2 + 0i
	switch v := i.(type) {
	case complex64:
		fmt.Println("complex64", v)
	case complex128:
		fmt.Println("complex128", v)
	}
	arr := [2]complex64{1 + 1i, 2}
	arr2 := arr
	fmt.Println(arr == arr2, arr)
	fmt.Printf("%v %+v %.1f %T\n", a, a, a, p)
	s := []complex128{1, 1i, -1, -1i}
	sum := complex(0, 0)
	for _, v := range s {
		sum += v
	}
	fmt.Println(sum, real(sum) == 0)
}
