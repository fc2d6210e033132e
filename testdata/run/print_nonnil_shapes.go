package main

func main() {
	s := make([]int, 3, 10)
	println(len(s), cap(s), s != nil)
	var sub = s[:0]
	println(len(sub), cap(sub), sub == nil)
	var e error
	var a any
	println(e == nil, a == nil)
	x := 5
	p := &x
	println(p != nil, *p)
	m := map[int]int{1: 1}
	println(len(m), m != nil)
	str := ""
	println(str == "", len(str), "[", str, "]")
	var nilmap map[string]bool
	println(nilmap["k"])
	type pair struct{ a, b int }
	var pp *pair
	println(pp == nil)
	arr := [3]int{1, 2, 3}
	println(arr[0], arr[1], arr[2], len(arr))
	println("multi\nline")
	println("tab\there")
	print()
	println()
	println("end")
}
