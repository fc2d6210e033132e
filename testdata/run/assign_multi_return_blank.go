package main

import "fmt"

func three() (int, string, float64) { return 1, "two", 3.0 }

var calls int

func sideEffect() int { calls++; return calls }

func main() {
	a, b, c := three()
	fmt.Println(a, b, c)
	_, s, _ := three()
	fmt.Println(s)
	var x, y int
	x, _ = sideEffect(), sideEffect()
	fmt.Println(x, calls)
	_ = sideEffect()
	fmt.Println(calls)
	m := map[string]int{"k": 5}
	v, ok := m["k"]
	_, ok2 := m["z"]
	fmt.Println(v, ok, ok2)
	var i any = "str"
	str, isStr := i.(string)
	_, isInt := i.(int)
	fmt.Println(str, isStr, isInt)
	x, y = y, x
	fmt.Println(x, y)
	p, q := 1, 2
	q, r := 3, 4 // redeclare q? no: := needs at least one new var (r)
	fmt.Println(p, q, r)
	arr := []int{0, 0, 0}
	k := 0
	k, arr[k], arr[k+1] = 2, 10, 20
	fmt.Println(k, arr)
	var f float64
	var n int
	f, n = 2.5, int(2.5*2)
	fmt.Println(f, n)
	for i, j := 0, 10; i < j; i, j = i+3, j-3 {
		fmt.Print(i, ":", j, " ")
	}
	fmt.Println()
}
