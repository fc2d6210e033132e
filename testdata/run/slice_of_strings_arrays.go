package main

import "fmt"

func main() {
	s := "Hello, World"
	fmt.Println(s[7:], s[:5], s[7:12], s[:], len(s[3:7]))
	sub := s[7:]
	fmt.Println(sub[0] == 'W', sub[1:3])
	arr := [6]string{"a", "b", "c", "d", "e", "f"}
	sa := arr[1:4]
	fmt.Println(sa, len(sa), cap(sa))
	sa[0] = "B"
	fmt.Println(arr)
	pa := &arr
	ps := pa[3:]
	ps[0] = "D"
	fmt.Println(arr, len(ps))
	ps2 := pa[:]
	fmt.Println(len(ps2), cap(ps2))
	bs := []byte(s)
	part := bs[0:5]
	part[0] = 'J'
	fmt.Println(string(bs), string(part))
	multi := "日本語テキスト"
	fmt.Println(multi[3:9], len(multi))
	fmt.Printf("%q\n", multi[1:4])
	var strs [3]string
	strs[0] = s[:1]
	strs[1] = s[1:2]
	strs[2] = s[2:3]
	fmt.Println(strs, strs[0]+strs[1]+strs[2])
	two := [2][3]int{{1, 2, 3}, {4, 5, 6}}
	row := two[1][1:]
	row[0] = 50
	fmt.Println(two, row)
}
