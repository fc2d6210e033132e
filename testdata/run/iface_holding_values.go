package main

import "fmt"

type Box struct{ items []int }

func main() {
	var a any = 5
	b := a
	a = 6
	fmt.Println(a, b)
	arr := [3]int{1, 2, 3}
	var ia any = arr
	arr[0] = 100
	fmt.Println(ia, arr)
	got := ia.([3]int)
	got[1] = 200
	fmt.Println(ia, got)
	sl := []int{1, 2}
	var is any = sl
	sl[0] = 9
	fmt.Println(is)
	box := Box{[]int{1}}
	var ib any = box
	box.items = append(box.items, 2)
	fmt.Println(ib, box)
	var ip any = &box
	box.items[0] = 77
	fmt.Println(ip.(*Box).items, ib.(Box).items)
	vals := []any{1, "two", 3.0, []string{"four"}, map[string]int{"five": 5}, nil, true, 'x', byte(1)}
	for _, v := range vals {
		fmt.Printf("%T=%v ", v, v)
	}
	fmt.Println()
	m := map[string]any{"n": 1, "s": "str", "l": []any{1, "a"}}
	fmt.Println(m)
	if l, ok := m["l"].([]any); ok {
		fmt.Println(len(l), l[1])
	}
	n := m["n"].(int) + 1
	fmt.Println(n)
}
