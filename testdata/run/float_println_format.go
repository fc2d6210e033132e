package main

func main() {
	println(1.5)
	println(-1.5)
	println(0.0)
	println(100.0)
	println(1e21)
	println(1e-7)
	println(3.141592653589793)
	println(123456789.0)
	var f32 float32 = 0.1
	println(f32)
	println(float32(1) / 3)
	println(2.0 / 3.0)
	zero := 0.0
	println(1/zero, -1/zero, zero/zero)
	println(-zero)
	println(1.7976931348623157e308)
	println(5e-324)
	x := 2.5
	y := 4.0
	println("sum", x+y, "prod", x*y)
	print(x, "\n")
	print(x, y, "\n")
	println(float32(16777217))
	println(1e100)
	println(0.5e-10, 9.9999999e9, 0.15)
	println(999999.5, 9999995.0, 0.0000015)
	vals := []float64{1, 10, 0.1, 12345.678, -0.000123}
	for _, v := range vals {
		println(v)
	}
	var h float32 = 65504
	println(h, h*h)
}
