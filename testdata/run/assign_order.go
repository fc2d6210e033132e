package main

import "fmt"

var trace []string

func idx(name string, i int) int {
	trace = append(trace, name)
	return i
}

func val(name string, v int) int {
	trace = append(trace, name)
	return v
}

func main() {
	a, b := 1, 2
	a, b = b, a
	fmt.Println(a, b)
	x := []int{0, 0, 0}
	i := 0
	i, x[i] = 1, 2 // index x[i] evaluated with old i = 0
	fmt.Println(i, x)
	x = []int{0, 0, 0}
	i = 0
	x[i], i = 5, 2
	fmt.Println(i, x)
	x = []int{10, 20, 30}
	i = 0
	x[i], x[i+1], i = x[i+1], x[i], 2
	fmt.Println(x, i)
	p, q := 1, 2
	pp, pq := &p, &q
	*pp, *pq = *pq, *pp
	fmt.Println(p, q)
	arr := [3]int{1, 2, 3}
	arr[0], arr[1], arr[2] = arr[2], arr[0], arr[1]
	fmt.Println(arr)
	y := []int{0, 0}
	y[idx("L1", 0)], y[idx("L2", 1)] = val("R1", 7), val("R2", 8)
	fmt.Println(y, trace)
	m := map[string]int{}
	k := "a"
	k, m[k] = "b", 1
	fmt.Println(k, m)
	s := []int{1, 2, 3}
	s, s[0] = []int{9, 9}, 100 // s[0] refers to the old slice
	fmt.Println(s)
	type T struct{ a, b int }
	t := T{1, 2}
	t.a, t.b = t.b, t.a
	fmt.Println(t)
	j := 0
	j, j = 1, 2
	fmt.Println(j)
	f1, f2, f3 := 1, 1, 0
	for n := 0; n < 10; n++ {
		f1, f2, f3 = f2, f1+f2, f3+f1
	}
	fmt.Println(f1, f2, f3)
}
