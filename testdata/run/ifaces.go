package main

import "fmt"

func describe(x any) string {
	switch v := x.(type) {
	case nil:
		return "nil"
	case int:
		return "int"
	case string:
		return "string " + v
	case bool:
		if v {
			return "true bool"
		}
		return "false bool"
	case int8, uint8:
		return "small int"
	}
	return "other"
}

func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func pair() (int, string) { return 7, "seven" }

func main() {
	var a any
	fmt.Println(describe(a), describe(1), describe("s"), describe(true), describe(int8(3)), describe(byte(4)))
	a = 42
	n, ok := a.(int)
	s, ok2 := a.(string)
	fmt.Println(n, ok, s == "", ok2)
	fmt.Println(a == 42, a != 43, a == "42")
	var e error
	fmt.Println(e == nil)
	fmt.Println(sum(), sum(1), sum(1, 2, 3))
	fmt.Println(pair())
	var u8 uint8 = 250
	var i16 int16 = -300
	var u64 uint64 = 1<<64 - 1
	fmt.Println(u8, i16, u64, int32(-5), uint(7))
	fmt.Print("a", 1, 2, "b", true, false, "\n")
	bs := []byte("go")
	bs = append(bs, '!', '?')
	bs = append(bs, " and more"...)
	fmt.Println(string(bs), len(bs))
	var rs []int
	for i := range 10 {
		rs = append(rs, i*i)
	}
	fmt.Println(len(rs), rs[9], sum(rs...))
	for i, r := range "aé\xffz" {
		fmt.Println(i, r, string(r))
	}
	fmt.Println(string(rune(65)), string(rune(0x65e5)), string(rune(-1)))
	println("to stderr", 1, true)
	var x any = "str"
	m := x.(int)
	fmt.Println("unreachable", m)
}
