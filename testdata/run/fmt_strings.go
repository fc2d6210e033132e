package main

import "fmt"

func main() {
	s := "hello"
	fmt.Printf("%s|%q|%v|%x|%X\n", s, s, s, s, s)
	fmt.Printf("[%10s][%-10s][%.3s][%10.2s]\n", s, s, s, s)
	fmt.Printf("%q\n", "tab\there \"quoted\" \\ é")
	fmt.Printf("%+q\n", "é世")
	fmt.Printf("%#q\n", "raw`able")
	fmt.Printf("%#q\n", "no backtick")
	fmt.Printf("% x\n", "abc")
	fmt.Printf("%s\n", []byte("bytes"))
	fmt.Printf("%q\n", []string{"a", "b c"})
	fmt.Printf("%v\n", []string{"a", "b c"})
	fmt.Printf("%5s|%-5s|\n", "日本", "日本")
	fmt.Printf("%t %t %v\n", true, false, true)
	fmt.Printf("%5t|%-6t|\n", true, false)
	fmt.Printf("%s %v\n", nil, nil)
	fmt.Printf("%%|%c%c\n", 'o', 'k')
	fmt.Printf("%*s|%-*s|\n", 8, "right", 8, "left")
	fmt.Printf("%.*s\n", 2, "truncate")
	x := fmt.Sprint("a", "b", 1, 2, "c", 3.5, true)
	fmt.Println(x)
	y := fmt.Sprintln("a", 1, true)
	fmt.Print(y)
	fmt.Print("p", 1, 2, "q\n")
	fmt.Println(fmt.Sprint(), fmt.Sprint(nil), fmt.Sprint(1, 2))
	fmt.Printf("%v %s\n", 'a', string('a'))
	fmt.Printf("%08.3f|%-8.3f|%+.2e\n", 3.14159, 2.71828, 12345.678)
	fmt.Printf("%s\n", 42)
}
