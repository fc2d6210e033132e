package main

import "fmt"

var x, y [0]int
var e struct{}
var p, q = new([0]int), new([0]int)

func cmp(a, b interface{}) (eq bool, err interface{}) {
	defer func() { err = recover() }()
	return a == b, nil
}

func main() {
	fmt.Println(p == q, &x == p, &y == q)
	var m map[int]int
	var f func()
	s := struct{ x []int }{}
	for _, v := range []interface{}{m, f, s, 1, "a", [2]int{}, &e} {
		fmt.Println(cmp(v, v))
	}
	keys := map[interface{}]int{}
	func() {
		defer func() { fmt.Println(recover()) }()
		keys[[]int{1}] = 1
	}()
	func() {
		defer func() { fmt.Println(recover()) }()
		keys[m] = 1
	}()
}
