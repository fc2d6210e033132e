package main

func main() {
	var c complex128 = 1 + 2i
	var d complex128 = 3i
	_ = c < d // ERROR "invalid operation: c < d \\(operator < not defined on complex128\\)"
	_ = c >= d // ERROR "invalid operation: c >= d \\(operator >= not defined on complex128\\)"
	_ = c % d // ERROR "invalid operation: operator % not defined on c \\(variable of type complex128\\)"
	_ = c & d // ERROR "invalid operation: operator & not defined on c \\(variable of type complex128\\)"
	_ = c == d
	var c64 complex64 = 1
	_ = c + c64 // ERROR "invalid operation: c \\+ c64 \\(mismatched types complex128 and complex64\\)"
	var f float64 = 1i // ERROR "cannot use 1i \\(untyped complex constant \\(0 \\+ 1i\\)\\) as float64 value in variable declaration \\(overflows\\)"
	var n int = 2 + 0i
	var m int = 2 + 1i // ERROR "cannot use 2 \\+ 1i \\(untyped complex constant \\(2 \\+ 1i\\)\\) as int value in variable declaration \\(truncated\\)"
	_, _, _ = f, n, m
}
