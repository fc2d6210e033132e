package main

type Celsius float64
type ID int
type Name string
type On bool

func main() {
	var c Celsius = 36.6
	var id ID = 42
	var n Name = "named"
	var on On = true
	println(c, id, n, on)
	var u uintptr = 0
	println(u)
	var i16 int16 = -32768
	var u32 uint32 = 4294967295
	println(i16, u32)
	var c64 complex64 = 0.5 - 1i
	println(c64)
	var f32 float32 = -0.0
	println(f32)
	x := 10
	y := 3
	println(x/y, x%y, -x/y, -x%y)
	println(x > y, x == y, x != y)
	println("concat " + "in " + "arg")
	println(len("héllo"), len([]int{1, 2}))
	var r rune = '世'
	println(r, string(r))
	var b byte = 0xff
	println(b, ^b, b>>4)
}
