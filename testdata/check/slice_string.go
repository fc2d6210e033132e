package main

const str = "abc"

func main() {
	_ = str[3] // ERROR "invalid argument: index 3 out of bounds \\[0:3\\]"
	_ = "hello"[10] // ERROR "invalid argument: index 10 out of bounds \\[0:5\\]"
	s := "xyz"
	_ = s[1:2:3] // ERROR "invalid operation: 3-index slice of string"
	_ = "lit"[0:1:2] // ERROR "invalid operation: 3-index slice of string"
	_ = str[1:5] // ERROR "invalid argument: index 5 out of bounds \\[0:4\\]"
	_ = str[2:1] // ERROR "invalid slice indices: 1 < 2"
	_ = s[-1:] // ERROR "invalid argument: index -1 \\(constant of type int\\) must not be negative"
	s[0] = 'a' // ERROR "cannot assign to s\\[0\\] \\(neither addressable nor a map index expression\\)"
	_ = s[1.5] // ERROR "1\\.5 \\(untyped float constant\\) truncated to int"
	_ = s["a"] // ERROR "cannot convert \"a\" \\(untyped string constant\\) to type int"
}
