package main

import "fmt"

const (
	Big    = 1 << 40
	Ratio  = 3.0 / 4
	Letter = 'A'
	Word   = "go"
	Yes    = true
)

type Percent float32
type Code uint8

func half(f float64) float64 { return f / 2 }
func code(c Code) Code       { return c + 1 }

func main() {
	var i64 int64 = Big
	var f32 float32 = Big
	var f64 float64 = Ratio
	fmt.Println(i64, f32, f64)
	fmt.Println(half(3), half(Ratio), half(Big))
	fmt.Println(code(Letter), code(200))
	var p Percent = Ratio * 100
	fmt.Println(p)
	var r rune = Letter + 2
	var b byte = Letter + 1
	fmt.Println(r, b, string(r), string(rune(b)))
	type MyStr string
	var s MyStr = Word + "lang"
	fmt.Println(s, len(s))
	type Flag bool
	var fl Flag = Yes && !false
	fmt.Println(fl)
	x := 10
	fmt.Println(float64(x)*Ratio*4, float64(x)*Ratio)
	var u uint = 1<<63 + Big
	fmt.Println(u)
	arr := [Letter - 60]int{}
	fmt.Println(len(arr))
	fmt.Printf("%T %T %T %T %T\n", Big, Ratio, Letter, Word, Yes)
	var c complex64 = Ratio
	fmt.Println(c)
	const shift = 3
	fmt.Println(1<<shift, 1.0*(1<<shift), 1024>>shift)
}
