package main

import "fmt"

type runtimeError interface {
	error
	RuntimeError()
}

func try(name string, f func()) {
	defer func() {
		r := recover()
		if r == nil {
			fmt.Println(name, "=> no panic")
			return
		}
		if re, ok := r.(runtimeError); ok {
			fmt.Println(name, "=> runtime error:", re.Error())
			return
		}
		if e, ok := r.(error); ok {
			fmt.Println(name, "=> error:", e)
			return
		}
		fmt.Printf("%s => value %T: %v\n", name, r, r)
	}()
	f()
}

func main() {
	s := []int{1, 2, 3}
	i := 5
	zero := 0
	var m map[string]int
	var p *struct{ x int }
	var a any = "str"
	try("index", func() { _ = s[i] })
	try("slice", func() { _ = s[1:i] })
	try("slice2", func() { j := 2; _ = s[j:1] })
	try("divide", func() { _ = 10 / zero })
	try("modulo", func() { _ = 10 % zero })
	try("nil map", func() { m["a"] = 1 })
	try("nil ptr", func() { p.x = 1 })
	try("assert", func() { _ = a.(int) })
	try("assert iface", func() { _ = a.(fmt.Stringer) })
	try("string idx", func() { str := "abc"; _ = str[i] })
	try("neg make", func() { n := -1; _ = make([]int, n) })
	try("custom", func() { panic("plain string") })
	try("error", func() { panic(fmt.Errorf("wrapped %d", 1)) })
	try("ok", func() { _ = s[2] })
	try("array", func() { var arr [4]int; k := 4; arr[k%8] = 1 })
	try("conversion", func() { _ = [4]int(s) })
	var fn func()
	try("nil func", func() { fn() })
}
