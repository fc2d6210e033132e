package main

import "fmt"

func catch(f func()) (r any) {
	defer func() { r = recover() }()
	f()
	return nil
}

func main() {
	s := []int{1, 2, 3}
	i := 10
	r := catch(func() { _ = s[i] })
	fmt.Println("caught:", r)
	err, ok := r.(error)
	fmt.Println(ok, err.Error())
	r2 := catch(func() { panic(r) }) // re-panicking the same runtime error value
	fmt.Println(r2 == r, r2)
	var m map[string]int
	r0 := catch(func() { m["k"] = 1 })
	fmt.Println("caught:", r0)
	fmt.Println(catch(func() {}) == nil)
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		panic(r)
	}()
	fmt.Println("before")
	fmt.Println(s[i])
}
