package main

import "fmt"

func three(yield func(int) bool) {
	defer fmt.Println("iterator: deferred")
	for i := 0; i < 3; i++ {
		if !yield(i) {
			fmt.Println("iterator: stopped at", i)
			return
		}
	}
}

func deferInBody() {
	defer fmt.Println("function: first defer")
	for i := range three {
		defer fmt.Println("body: deferred", i)
		fmt.Println("body", i)
	}
	fmt.Println("after loop")
}

func deferThenPanic() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	for i := range three {
		defer fmt.Println("body: deferred", i)
		if i == 1 {
			panic("boom at 1")
		}
	}
	return nil
}

func nestedDefer() {
	for i := range three {
		for j := range three {
			defer fmt.Println("nested deferred", i, j)
			if j == 1 {
				break
			}
		}
		if i == 1 {
			break
		}
	}
	fmt.Println("nestedDefer returns")
}

func returnThroughTwo() (s string) {
	defer func() { s += "!" }()
	for i := range three {
		for j := range three {
			if i == 1 && j == 2 {
				return fmt.Sprint("found ", i, j)
			}
		}
	}
	return "none"
}

func main() {
	deferInBody()
	fmt.Println(deferThenPanic())
	nestedDefer()
	fmt.Println(returnThroughTwo())
}
