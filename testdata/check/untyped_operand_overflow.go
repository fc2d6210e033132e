package main

const Int8 int8 = 1

var f32 float32
var i int

func main() {
	_ = Int8 * 1000 // ERROR "1000 \\(untyped int constant\\) overflows int8"
	_ = int8(4) * 300 // ERROR "300 \\(untyped int constant\\) overflows int8"
	_ = i == 1.5 // ERROR "1\\.5 \\(untyped float constant\\) truncated to int"
	_ = f32 + 1e300 // ERROR "1e300 \\(untyped float constant 1e\\+300\\) overflows float32"
	_ = i + "a" // ERROR "invalid operation: i \\+ \"a\" \\(mismatched types int and untyped string\\)"
	var b bool
	b++ // ERROR "invalid operation: b\\+\\+ \\(non-numeric type bool\\)"
	var s string
	s-- // ERROR "invalid operation: s-- \\(non-numeric type string\\)"
	var i64 int64
	_ = i64 == (1<<64)-1 // ERROR "\\(1 << 64\\) - 1 \\(untyped int constant 18446744073709551615\\) overflows int64"
	_ = complex64(1) * 1e200 // ERROR "1e200 \\(untyped float constant 1e\\+200\\) overflows complex64"
}
