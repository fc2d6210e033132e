package main

func main() {
	var s string
	var i int
	s = 0x10 // ERROR "cannot use 0x10 \\(untyped int constant 16\\) as string value in assignment"
	s = 'a' // ERROR "cannot use 'a' \\(untyped rune constant 97\\) as string value in assignment"
	s = 1.5 // ERROR "cannot use 1\\.5 \\(untyped float constant\\) as string value in assignment"
	s = 1e300 // ERROR "cannot use 1e300 \\(untyped float constant 1e\\+300\\) as string value in assignment"
	s = 0o17 // ERROR "cannot use 0o17 \\(untyped int constant 15\\) as string value in assignment"
	s = 1_000 // ERROR "cannot use 1_000 \\(untyped int constant 1000\\) as string value in assignment"
	i = "abc" // ERROR "cannot use \"abc\" \\(untyped string constant\\) as int value in assignment"
	i = `raw` // ERROR "cannot use `raw` \\(untyped string constant \"raw\"\\) as int value in assignment"
	i = 1e3
	i = 2.5e-3 // ERROR "cannot use 2\\.5e-3 \\(untyped float constant 0\\.0025\\) as int value in assignment \\(truncated\\)"
	i = 0x1p4
	i = 'x' + 1
	i = 100000000000000000000 // ERROR "cannot use 100000000000000000000 \\(untyped int constant\\) as int value in assignment \\(overflows\\)"
	_, _ = s, i
}
