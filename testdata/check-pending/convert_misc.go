package main

func main() {
	s := "abc"
	_ = int(s) // ERROR "cannot convert s \\(variable of type string\\) to type int"
	f := 1.5
	_ = string(f) // ERROR "cannot convert f \\(variable of type float64\\) to type string"
	_ = []int(s) // ERROR "cannot convert s \\(variable of type string\\) to type \\[\\]int"
	_ = bool(1) // ERROR "cannot convert 1 \\(untyped int constant\\) to type bool"
	b := true
	_ = int(b) // ERROR "cannot convert b \\(variable of type bool\\) to type int"
	_ = []byte(s)
	_ = []rune(s)
	_ = int8(300) // ERROR "constant 300 overflows int8"
	_ = uint(-1) // ERROR "constant -1 overflows uint"
	_ = float32(s) // ERROR "cannot convert s \\(variable of type string\\) to type float32"
	_ = string(5.0) // ERROR "cannot convert 5\\.0 \\(untyped float constant 5\\) to type string"
	var bs []byte
	_ = [3]byte(bs)
	_ = map[int]int(bs) // ERROR "cannot convert bs \\(variable of type \\[\\]byte\\) to type map\\[int\\]int"
}
