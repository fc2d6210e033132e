package main

import "fmt"

func main() {
	fmt.Println(1.5, -1.5, 0.0, 100.0, 1e20, 1e21, 1e-4, 1e-5)
	fmt.Println(3.141592653589793, 2.0/3.0, 0.1+0.2)
	fmt.Println(123456789.0, 1234567890123.0, 1.0e6)
	var f32 float32 = 0.1
	fmt.Println(f32, float64(f32), float32(1)/3)
	fmt.Println(float32(3.4028235e38), 1.7976931348623157e308)
	fmt.Println(5e-324, float32(1.401298464324817e-45))
	fmt.Println(float32(16777216), float32(16777217), float32(16777218))
	fmt.Println(1e100, 1e-100, 12345.678e10)
	fmt.Printf("%v %g %G\n", 1e21, 1e21, 1e-7)
	fmt.Printf("%f %.2f %.0f %8.3f|%-8.3f|\n", 3.14159, 3.14159, 2.5, 3.14159, 3.14159)
	fmt.Printf("%e %.3e %E\n", 123456.789, 123456.789, 0.000123)
	fmt.Printf("%g %.3g %g %g\n", 123456.789, 123456.789, 1e6, 100000.0)
	fmt.Printf("%+f %+.1e % f\n", 1.5, -1.5, 1.5)
	fmt.Printf("%06.2f|%-7.2f|%7.2f\n", 3.14159, 3.14159, -3.14159)
	fmt.Println(fmt.Sprint(0.5, 0.25), fmt.Sprintf("%v", float32(2.5)))
	var neg float64 = -0.0
	zero := 0.0
	neg = -zero
	fmt.Println(neg, fmt.Sprintf("%.1f", neg))
	fmt.Printf("%.3f %.3f\n", 0.0005, 0.0015)
	fmt.Printf("%.1f %.1f %.1f %.1f\n", 0.25, 0.35, 2.5, -0.05)
	x := 1.0
	for i := 0; i < 8; i++ {
		x *= 10
		fmt.Print(x, " ", 1/x, " ")
	}
	fmt.Println()
	fmt.Println(float32(0.3), float64(float32(0.3)), float32(1e10), float32(123456789))
	fmt.Println(100000000000000000000.0, 999999999999999999999.0, 0.000001, 0.0000001)
	fmt.Printf("%v|%.3v|%10.4v|\n", 2.0/3, 2.0/3, 2.0/3)
}
