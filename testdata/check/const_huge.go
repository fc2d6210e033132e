package main

var g = 1e309 // ERROR "cannot use 1e309 \\(untyped float constant 1e\\+309\\) as float64 value in variable declaration \\(overflows\\)"

func f(x interface{}) {}

const tiny = 1e-9000

var zero float64 = tiny

func main() {
	var _ = 1e309 // ERROR "cannot use 1e309 \\(untyped float constant 1e\\+309\\) as float64 value in variable declaration \\(overflows\\)"
	x := 1e4000 // ERROR "cannot use 1e4000 \\(untyped float constant 1e\\+4000\\) as float64 value in assignment \\(overflows\\)"
	y, z := 1e309, 1<<70 // ERROR "cannot use 1e309 \\(untyped float constant 1e\\+309\\) as float64 value in assignment \\(overflows\\)" "cannot use 1 << 70 \\(untyped int constant 1180591620717411303424\\) as int value in assignment \\(overflows\\)"
	println(1e309, -2.5e5000) // ERROR "cannot use 1e309 \\(untyped float constant 1e\\+309\\) as float64 value in argument to built-inprintln \\(overflows\\)"
	f(1e309) // ERROR "cannot use 1e309 \\(untyped float constant 1e\\+309\\) as float64 value in argument to f \\(overflows\\)"
	var i interface{} = 1 << 70 // ERROR "cannot use 1 << 70 \\(untyped int constant 1180591620717411303424\\) as int value in variable declaration \\(overflows\\)"
	_ = 1e309 + 1 // ERROR "cannot use 1e309 \\+ 1 \\(untyped float constant 1e\\+309\\) as float64 value in assignment to _ identifier \\(overflows\\)"
	var _ = 1e646456992 // ERROR "cannot use 1e646456992 \\(untyped float constant 1e\\+646456992\\) as float64 value in variable declaration \\(overflows\\)"
	const _ int64 = -1e64645699 // ERROR "cannot use -1e64645699 \\(untyped float constant -1e\\+64645699\\) as int64 value in constant declaration \\(truncated\\)"
	const _ int8 = 1.5e6464569 // ERROR "cannot use 1\\.5e6464569 \\(untyped float constant 1\\.5e\\+6464569\\) as int8 value in constant declaration \\(truncated\\)"
	const _ uint = 1e-10000 // ERROR "cannot use 1e-10000 \\(untyped float constant\\) as uint value in constant declaration \\(truncated\\)"
	const _ int64 = 1e100 // ERROR "cannot use 1e100 \\(untyped float constant 1e\\+100\\) as int64 value in constant declaration \\(truncated\\)"
	const _ int64 = -1.23456789e1000 // ERROR "cannot use -1\\.23456789e1000 \\(untyped float constant -1\\.23457e\\+1000\\) as int64 value in constant declaration \\(truncated\\)"
	var _ float32 = 1e39 // ERROR "cannot use 1e39 \\(untyped float constant 1e\\+39\\) as float32 value in variable declaration \\(overflows\\)"
	var _ float32 = 1e-7000
	var _ complex128 = 1e7000 // ERROR "cannot use 1e7000 \\(untyped float constant 1e\\+7000\\) as complex128 value in variable declaration \\(overflows\\)"
	const _ int = 1e-1 // ERROR "cannot use 1e-1 \\(untyped float constant 0\\.1\\) as int value in constant declaration \\(truncated\\)"
	_, _, _, _ = x, y, z, i
}
