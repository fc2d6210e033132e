package main

import "fmt"

func byteAt(s string, i int) byte { return s[i] }

func main() {
	s := "héllo"
	for i := 0; i < len(s); i++ {
		fmt.Print(byteAt(s, i), " ")
	}
	fmt.Println()
	fmt.Println(string(byteAt(s, 0)), byteAt(s, 1) == 0xc3, s[len(s)-1])
	runes := []rune(s)
	fmt.Println(len(runes), string(runes[1]))
	count := 0
	for i := range s {
		if s[i] == 'l' {
			count++
		}
	}
	fmt.Println("l count", count)
	fmt.Println(s[0:1], s[1:3], s[len(s)-1:])
	fmt.Println(byteAt("x", 0), byteAt(s+"!", len(s)))
	empty := ""
	fmt.Println(len(empty), empty == s[:0])
	i := len(s)
	fmt.Println("len", i)
	fmt.Println(byteAt(s, i))
}
