package main

func main() {
	var f32 float32 = 3.25
	var f64 = 1234.5678
	println(f32, f64)
	println(f64*1e10, f64/1e10)
	println(-0.001, 1e-300, 123456789012345678.0)
	var c complex64 = complex(f32, -f32)
	println(c)
	println(complex(f64, 0))
	println(0.5, 0.25, 0.125)
	x := 7
	y := 2
	println(float64(x)/float64(y), x/y)
	var h float64 = 1 << 53
	println(h, h+1)
	println(float32(1)/float32(3), 1.0/3.0)
	print(1.5, 2.5, "\n")
	zero := 0.0
	println(zero, -zero, 1/zero, zero/zero)
	sum := 0.0
	for i := 1; i <= 10; i++ {
		sum += 1 / float64(i)
		if i%3 == 0 {
			println("harmonic", i, sum)
		}
	}
	println(float32(sum), int(sum*1000))
	println(9.999999e-5, 0.99999999, 1.0000001)
}
