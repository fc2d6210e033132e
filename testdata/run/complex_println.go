package main

func mul(a, b complex128) complex128 { return a * b }

func main() {
	a := complex(1, 2)
	println(a)
	println(-3.5 - 0.25i)
	var c64 complex64 = 1.5 + 2i
	println(c64)
	var z complex128
	println(z)
	zero := 0.0
	println(complex(1/zero, zero/zero))
	println(complex(-1/zero, -zero))
	println("val", a*a, "done")
	print(a, "\n")
	print(a, a, "\n")
	println(mul(a, 1i), mul(a, -1))
	println(real(a), imag(a))
	var big complex128 = 1e300 + 1e-300i
	println(big)
	println(complex64(big))
	w := complex(0.1, 0.7)
	println(w, w*w)
	for i := 0; i < 3; i++ {
		a *= 1i
		println(i, a)
	}
	println(a == complex(2, -1), a != 0)
	var c64b complex64 = complex(float32(1)/3, float32(2)/3)
	println(c64b)
}
