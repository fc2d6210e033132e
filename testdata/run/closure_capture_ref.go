package main

import "fmt"

func main() {
	x := 1
	inc := func() { x++ }
	get := func() int { return x }
	inc()
	inc()
	fmt.Println(x, get())
	x = 100
	fmt.Println(get())
	inc()
	fmt.Println(x)
	s := []int{1, 2, 3}
	appendTo := func(v int) { s = append(s, v) }
	appendTo(4)
	appendTo(5)
	fmt.Println(s)
	s = nil
	appendTo(6)
	fmt.Println(s)
	type P struct{ a, b int }
	p := P{1, 2}
	swap := func() { p.a, p.b = p.b, p.a }
	swap()
	fmt.Println(p)
	p = P{10, 20}
	swap()
	fmt.Println(p)
	m := map[string]int{}
	count := func(k string) int { m[k]++; return m[k] }
	count("a")
	count("a")
	fmt.Println(count("a"), count("b"), m)
	total := 0
	for i := 1; i <= 4; i++ {
		func() { total += i * i }()
	}
	fmt.Println(total)
	var str string
	build := func(parts ...string) {
		for _, p := range parts {
			str += p
		}
	}
	build("a", "b")
	build("c")
	fmt.Println(str)
	a, b := 1, 2
	both := func() (int, int) { a, b = b, a+b; return a, b }
	for i := 0; i < 5; i++ {
		both()
	}
	fmt.Println(a, b)
}
