package main

import "fmt"

func main() {
	var s []int
	fmt.Println(len(s), cap(s), s == nil)
	s = append(s, 1)
	fmt.Println(len(s), s)
	a := make([]int, 3, 10)
	b := append(a, 4)
	c := append(a, 5) // shares backing array with b
	fmt.Println(b, c, b[3])
	d := a[:3:3]
	e := append(d, 6) // capacity exhausted: new array
	e[0] = 100
	fmt.Println(a[0], e[0], len(e))
	arr := [5]int{1, 2, 3, 4, 5}
	fmt.Println(len(arr), cap(arr[1:3]), cap(arr[2:]), len(arr[1:3:4]), cap(arr[1:3:4]))
	ap := &arr
	fmt.Println(len(ap), cap(ap))
	x := []int{1, 2}
	x = append(x, x...)
	x = append(x[:1], x[2:]...)
	fmt.Println(x)
	bs := append([]byte("ab"), "cd"...)
	fmt.Println(string(bs))
	y := append([]int(nil))
	fmt.Println(y == nil)
	z := append([]int{}, []int{}...)
	fmt.Println(z == nil, len(z))
	grow := []int{}
	for i := 0; i < 20; i++ {
		grow = append(grow, i)
	}
	fmt.Println(len(grow), cap(grow) >= 20, grow[19])
	ins := []int{1, 2, 4, 5}
	ins = append(ins[:2], append([]int{3}, ins[2:]...)...)
	fmt.Println(ins)
	del := []int{1, 2, 3, 4, 5}
	del = append(del[:1], del[3:]...)
	fmt.Println(del, len(del), cap(del))
}
