package main

func main() {
	s := []int{1}
	_ = s[1::2] // ERROR "middle index required in 3-index slice"
	_ = s[1:2:] // ERROR "final index required in 3-index slice"
}
