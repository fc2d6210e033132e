package main

func main() {
	var s string
	var n int
	var b bool
	println(s + n) // ERROR "invalid operation: s \\+ n \\(mismatched types string and int\\)"
	println(n + "a") // ERROR "invalid operation: n \\+ \"a\" \\(mismatched types int and untyped string\\)"
	println(s == 1) // ERROR "invalid operation: s == 1 \\(mismatched types string and untyped int\\)"
	println(b + b) // ERROR "invalid operation: operator \\+ not defined on b \\(variable of type bool\\)"
	println(n && b) // ERROR "invalid operation: n && b \\(mismatched types int and bool\\)"
	println(-s) // ERROR "invalid operation: operator - not defined on s \\(variable of type string\\)"
	println(n % s) // ERROR "invalid operation: n % s \\(mismatched types int and string\\)"
	s = n // ERROR "cannot use n \\(variable of type int\\) as string value in assignment"
	n = s // ERROR "cannot use s \\(variable of type string\\) as int value in assignment"
	b = 1 // ERROR "cannot use 1 \\(untyped int constant\\) as bool value in assignment"
}
