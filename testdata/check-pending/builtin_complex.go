package main

func main() {
	var f32 float32 = 1
	var f64 float64 = 2
	_ = complex(f32, f64) // ERROR "invalid operation: complex\\(f32, f64\\) \\(mismatched types float32 and float64\\)"
	_ = complex(1) // ERROR "invalid operation: not enough arguments for complex\\(1\\) \\(expected 2, found 1\\)"
	_ = complex("a", 1) // ERROR "invalid operation: complex\\(\"a\", 1\\) \\(mismatched types untyped string and untyped float\\)"
	var i int = 1
	_ = complex(i, i) // ERROR "invalid argument: arguments have type int, expected floating-point"
	_ = real(i) // ERROR "invalid argument: argument has type int, expected complex type"
	_ = imag("x") // ERROR "invalid argument: argument has type untyped string, expected complex type"
	var c complex128
	var r float32 = real(c) // ERROR "cannot use real\\(c\\) \\(value of type float64\\) as float32 value in variable declaration"
	_ = r
	_ = complex(1, 2)
}
