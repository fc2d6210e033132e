package main

import "fmt"

func from(s string, lo int) string {
	return s[lo:]
}

func main() {
	str := "abc"
	for lo := 0; lo <= len(str); lo++ {
		fmt.Printf("%d:[%s] ", lo, from(str, lo))
	}
	fmt.Println()
	uni := "héllo"
	fmt.Println(len(uni), from(uni, 1), from(uni, 3))
	fmt.Printf("%q\n", from(uni, 2)) // splits a multi-byte rune
	fmt.Println(uni[1:3], uni[:1]+uni[3:])
	fmt.Println(str[0:0] == "", str[3:3] == "")
	b := []byte(str)
	fmt.Println(string(b[1:]), len(b[3:]))
	words := []string{"alpha", "be", "c"}
	for _, w := range words {
		if len(w) >= 2 {
			fmt.Print(from(w, 2), "|")
		} else {
			fmt.Print("short|")
		}
	}
	fmt.Println()
	lo := 5
	fmt.Println("string start beyond length")
	fmt.Println(from(str, lo))
}
