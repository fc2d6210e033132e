package main

import "fmt"

func main() {
	s := "héllo, 世界"
	b := []byte(s)
	r := []rune(s)
	fmt.Println(len(s), len(b), len(r))
	fmt.Println(b[:4], r[:4])
	fmt.Println(string(b[1:3]), string(r[1]), string(r[7:]))
	b[0] = 'H'
	fmt.Println(string(b), s)
	r[8] = '国'
	fmt.Println(string(r))
	fmt.Println(string(rune(0x1F600)), len(string(rune(0x1F600))))
	fmt.Println(string(rune(-1)) == "\uFFFD", string(rune(0xD800)) == "\uFFFD")
	bad := string([]byte{0xff, 'a', 0xc3})
	fmt.Println([]rune(bad), len(bad))
	var empty []byte
	fmt.Println(string(empty) == "", len([]rune("")))
	fmt.Println([]byte("abc"), []rune("abc"))
	type MyBytes []byte
	type MyString string
	mb := MyBytes("xyz")
	ms := MyString(mb)
	fmt.Println(mb, ms, string([]byte(ms)))
	bytesSum := 0
	for i := 0; i < len(s); i++ {
		bytesSum += int(s[i])
	}
	fmt.Println(bytesSum)
	fmt.Println(string(byte(65)), string(rune(65)))
	fmt.Printf("%q %v %x\n", s, []byte("hi"), "hi")
}
