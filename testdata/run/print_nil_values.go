package main

type fmtStringer interface{ String() string }

func main() {
	var p *int
	println(p)
	var s []int
	println(s)
	var m map[string]int
	println(m == nil, len(m))
	println(m)
	var f func()
	println(f == nil)
	println(f)
	var ch *[4]int
	println(ch, len(ch))
	var st fmtStringer
	println(st)
	var i any
	println(i)
	var e error
	println(e)
	println(nil == p)
	println(true, false)
	b := 3 > 2
	println(b, !b)
	print(true, "\n")
	println(len(s), cap(s))
	var u8 uint8 = 255
	var i8 int8 = -128
	println(u8, i8)
	var u64 uint64 = 1<<64 - 1
	println(u64)
	var r rune = 'A'
	println(r)
	var by byte = 'z'
	println(by)
	println("string with spaces", "and", "more")
	print("a", "b", "\n")
	print(1, 2, "\n")
	print("x", 1, "y", 2, "\n")
}
