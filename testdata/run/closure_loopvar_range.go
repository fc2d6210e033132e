package main

import "fmt"

type Item struct {
	Name string
	N    int
}

func main() {
	names := []string{"a", "b", "c"}
	var fs []func() string
	for i, n := range names {
		fs = append(fs, func() string { return fmt.Sprint(i, n) })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	items := []Item{{"x", 1}, {"y", 2}}
	var ptrs []*Item
	for _, it := range items {
		ptrs = append(ptrs, &it)
	}
	ptrs[0].N = 100
	fmt.Println(*ptrs[0], *ptrs[1], items)
	m := map[string]int{"k1": 1, "k2": 2, "k3": 3}
	var getters []func() int
	for _, v := range m {
		getters = append(getters, func() int { return v })
	}
	sum := 0
	for _, g := range getters {
		sum += g()
	}
	fmt.Println(sum)
	var runeFns []func() rune
	for _, r := range "héy" {
		runeFns = append(runeFns, func() rune { return r })
	}
	for _, f := range runeFns {
		fmt.Print(string(f()))
	}
	fmt.Println()
	var intFns []func() int
	for i := range 4 {
		intFns = append(intFns, func() int { return i * i })
	}
	for _, f := range intFns {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	arr := [3]int{7, 8, 9}
	var arrFns []func() int
	for idx := range arr {
		arrFns = append(arrFns, func() int { return arr[idx] })
	}
	arr[2] = 90
	for _, f := range arrFns {
		fmt.Print(f(), " ")
	}
	fmt.Println()
}
