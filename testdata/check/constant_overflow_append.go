package main

const LargeA = 1000000000000000000
const LargeB = LargeA * LargeA * LargeA
const LargeC = LargeB * LargeB * LargeB // ERROR "constant multiplication overflow"
const D = LargeA << 400 << 400 << 400 << 400 // ERROR "constant shift overflow"


func main() {
	s := []int{1}
	_ = append(s...) // ERROR "not enough arguments in call to append"
	_ = append(s, s, s...) // ERROR "too many arguments in call to append"
	_ = len(s...) // ERROR "invalid operation: invalid use of \\.\\.\\. with built-in len"
}
