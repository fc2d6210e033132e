package main

import "fmt"

type Ready bool
type Signal complex128

func (s Signal) Power() float64 { return real(s)*real(s) + imag(s)*imag(s) }

func main() {
	r := Ready(false)
	fmt.Println("ready?", r)
	var sig Signal = 1 - 2i
	fmt.Println(sig, sig.Power())
	sigs := []Signal{1, 1i, -1 + 1i}
	total := 0.0
	for _, s := range sigs {
		total += s.Power()
	}
	fmt.Println(total, sigs)
	println(complex128(sig))
	var c64 complex64 = 2 + 3i
	fmt.Println(c64, real(c64), imag(c64))
	println(c64)
	fmt.Println(Signal(c64).Power(), Signal(3+4i).Power())
	fmt.Printf("%T %v\n", sig, sig)
	if !r {
		panic(sig)
	}
}
