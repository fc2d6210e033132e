// runtime.Caller, Callers, CallersFrames and FuncForPC: files, lines and
// function names of the program's own frames, in methods, closures,
// recursion and a deferred call run by a panic.
package main

import (
	"fmt"
	"runtime"
)

func where() string {
	_, file, line, ok := runtime.Caller(1)
	return fmt.Sprint(base(file), ":", line, " ", ok)
}

type T struct{}

func (T) m() string { return where() }

func deep(n int) []string {
	if n > 0 {
		return deep(n - 1)
	}
	pcs := make([]uintptr, 20)
	k := runtime.Callers(0, pcs)
	frames := runtime.CallersFrames(pcs[:k])
	var out []string
	for {
		f, more := frames.Next()
		if f.Function == "runtime.Callers" {
			continue
		}
		out = append(out, fmt.Sprint(f.Function, " ", base(f.File), ":", f.Line))
		if !more || f.Function == "main.main" {
			break
		}
	}
	return out
}

func main() {
	fmt.Println(where())
	fmt.Println(T{}.m())
	func() {
		fmt.Println(where())
	}()
	for _, s := range deep(2) {
		fmt.Println(s)
	}
	pc, _, _, _ := runtime.Caller(0)
	fmt.Println(runtime.FuncForPC(pc).Name())
	defer func() {
		recover()
		_, _, line, _ := runtime.Caller(0)
		fmt.Println("deferred", line)
		pcs := make([]uintptr, 10)
		n := runtime.Callers(1, pcs)
		fmt.Println(n > 2)
	}()
	var a []int
	_ = a[3]
}

func base(s string) string {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == '/' {
			return s[i+1:]
		}
	}
	return s
}
