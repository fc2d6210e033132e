package main

import "fmt"

type Handler func(string) string

type Router struct {
	routes map[string]Handler
	order  []string
}

func (r *Router) Handle(path string, h Handler) {
	if r.routes == nil {
		r.routes = map[string]Handler{}
	}
	r.routes[path] = h
	r.order = append(r.order, path)
}

func (r *Router) Serve(path, arg string) string {
	if h, ok := r.routes[path]; ok {
		return h(arg)
	}
	return "404 " + path
}

func main() {
	var r Router
	r.Handle("/echo", func(s string) string { return s })
	r.Handle("/upper", func(s string) string {
		b := []byte(s)
		for i, c := range b {
			if c >= 'a' && c <= 'z' {
				b[i] = c - 32
			}
		}
		return string(b)
	})
	r.Handle("/len", func(s string) string { return fmt.Sprint(len(s)) })
	for _, p := range r.order {
		fmt.Println(p, r.Serve(p, "hello"))
	}
	fmt.Println(r.Serve("/nope", "x"))
	calc := map[string]func(int, int) int{
		"+": func(a, b int) int { return a + b },
		"-": func(a, b int) int { return a - b },
		"*": func(a, b int) int { return a * b },
	}
	fmt.Println(calc["+"](2, 3), calc["-"](2, 3), calc["*"](2, 3))
	fmt.Println(calc["/"] == nil)
	var table [3]func() int
	for i := range table {
		table[i] = func() int { return i * 100 }
	}
	for _, f := range table {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	pipeline := []func([]int) []int{
		func(s []int) []int { return append(s, 1) },
		func(s []int) []int {
			out := make([]int, len(s))
			for i, v := range s {
				out[i] = v * 10
			}
			return out
		},
		func(s []int) []int { return s[1:] },
	}
	data := []int{5, 6}
	for _, step := range pipeline {
		data = step(data)
		fmt.Println(data)
	}
	type S struct {
		name string
		fn   func() string
	}
	ss := []S{{"a", func() string { return "A!" }}, {"b", nil}}
	for _, s := range ss {
		if s.fn != nil {
			fmt.Println(s.name, s.fn())
		} else {
			fmt.Println(s.name, "no fn")
		}
	}
}
