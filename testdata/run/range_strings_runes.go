package main

import "fmt"

func main() {
	s := "aé世😀"
	for i, r := range s {
		fmt.Println(i, r, string(r), len(string(r)))
	}
	bad := "a\xffb\xe4\xb8c\xf0\x9f\x98"
	for i, r := range bad {
		fmt.Printf("%d:%U ", i, r)
	}
	fmt.Println()
	n := 0
	for range "héllo" {
		n++
	}
	fmt.Println("runes:", n, "bytes:", len("héllo"))
	for i := range "ab€" {
		fmt.Print(i, " ")
	}
	fmt.Println()
	var rs []rune
	for _, r := range "xyz" {
		rs = append(rs, r-32)
	}
	fmt.Println(string(rs))
	// string is evaluated once; reassigning does not change iteration
	str := "abc"
	for i, r := range str {
		str = "zzzzzz"
		fmt.Print(i, string(r), " ")
	}
	fmt.Println(str)
	for i := 0; i < len(s); i++ {
		fmt.Printf("%02x ", s[i])
	}
	fmt.Println()
	surrogate := "\xed\xa0\x80"
	for i, r := range surrogate {
		fmt.Print(i, " ", r, "; ")
	}
	fmt.Println()
	for _, r := range "" {
		fmt.Println("never", r)
	}
	fmt.Println("end")
}
