package main

import "fmt"

func main() {
	n := 42
	fmt.Printf("%d|%5d|%-5d|%05d|%+d\n", n, n, n, n, n)
	fmt.Printf("%x|%X|%#x|%o|%#o|%O|%b\n", 255, 255, 255, 8, 8, 8, 5)
	neg := -42
	fmt.Printf("%d|%5d|%-5d|%05d|%x|%b\n", neg, neg, neg, neg, neg, neg)
	fmt.Printf("%c|%c|%c|%q|%q|%U|%#U\n", 65, 'é', 0x4E16, 'x', '\n', 0x1F600, 'A')
	fmt.Printf("%08b|%3c|%-3c|\n", 5, 'z', 'z')
	var u8 uint8 = 200
	var i64 int64 = -9223372036854775808
	var u64 uint64 = 18446744073709551615
	fmt.Printf("%d %d %d\n", u8, i64, u64)
	fmt.Printf("%x %X\n", u64, i64)
	fmt.Printf("%*d|%-*d|\n", 6, 7, 6, 7)
	fmt.Printf("%.3d|%8.3d|\n", 5, 5)
	fmt.Printf("% d|% d\n", 5, -5)
	fmt.Printf("%v %v\n", int8(-1), uint16(65535))
	fmt.Printf("%d%%\n", 50)
	fmt.Printf("%x\n", []int{10, 11, 255})
	fmt.Printf("%d\n", []int8{1, -1})
	fmt.Printf("%T %T %T %T\n", n, u8, i64, 'a')
	fmt.Println(fmt.Sprintf("%03d-%03d", 7, 12))
	fmt.Printf("%6.2f%%\n", 12.3456)
	fmt.Printf("%d %s\n", "str", 5)
	fmt.Printf("%d\n")
	fmt.Printf("%d\n", 1, 2)
	fmt.Println()
}
