package main

import "fmt"

const (
	Pi    = 3.14159265358979323846264338327950288419716939937510582097494459
	TwoPi = Pi * 2
	Big   = 1 << 100
	Small = Big >> 99
	Str   = "hello"
	Ch    = 'e'
	L     = len(Str)
	Neg   = -Big / Big
)

type Weekday int

const Sunday, Monday Weekday = 0, 1

func main() {
	fmt.Println(Pi, TwoPi)
	fmt.Println(Small, Neg, L)
	fmt.Println(Ch, string(Ch))
	fmt.Printf("%T %T %T\n", Ch, L, Small)
	var f32 float32 = Pi
	var f64 float64 = Pi
	fmt.Println(f32, f64)
	var arr [L]int
	fmt.Println(len(arr))
	fmt.Println(Big/(Big/1024), Big%1000)
	const m = 7.0
	var i int = m
	fmt.Println(i)
	const c = 1 + 2i
	fmt.Println(c*c, real(c*c))
	const unicode = "\u00e9\U0001F600\x41\101"
	fmt.Println(unicode, len(unicode))
	const raw = `a\nb`
	fmt.Println(raw, len(raw))
	fmt.Println(Sunday, Monday+1)
	const maxInt64 = 1<<63 - 1
	const minInt64 = -1 << 63
	fmt.Println(maxInt64, minInt64)
	fmt.Println(maxInt64 + minInt64)
	const frac = 10 / 4.0 * 4
	fmt.Println(frac, int(frac))
	fmt.Println(1e3 == 1000, 0x1p10)
}
