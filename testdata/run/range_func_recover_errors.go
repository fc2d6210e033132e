package main

import (
	"fmt"
	"runtime"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		if re, ok := r.(runtime.Error); ok {
			fmt.Println(name, "runtime.Error:", re.Error())
			return
		}
		fmt.Println(name, "recovered:", r)
	}()
	f()
}

func twice(yield func(int) bool) {
	yield(1)
	yield(2)
}

func main() {
	try("done", func() {
		for range twice {
			break
		}
	})
	try("panic-continue", func() {
		it := func(yield func(int) bool) {
			defer func() {
				recover()
				yield(3)
			}()
			yield(1)
		}
		for v := range it {
			if v == 1 {
				panic("body")
			}
		}
	})
	try("body panic", func() {
		for v := range twice {
			_ = 10 / (v - 1)
		}
	})
	var nilIter func(func(int) bool)
	try("nil iterator", func() {
		for range nilIter {
		}
	})
	fmt.Println("end")
}
