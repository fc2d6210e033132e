package main

import "fmt"

func sortedKeys(m map[string]int) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	for i := 1; i < len(keys); i++ {
		for j := i; j > 0 && keys[j] < keys[j-1]; j-- {
			keys[j], keys[j-1] = keys[j-1], keys[j]
		}
	}
	return keys
}

func Sorted(m map[string]int) func(func(string, int) bool) {
	return func(yield func(string, int) bool) {
		for _, k := range sortedKeys(m) {
			if !yield(k, m[k]) {
				return
			}
		}
	}
}

func Enumerate(s []string) func(func(int, string) bool) {
	return func(yield func(int, string) bool) {
		for i := range s {
			if !yield(i, s[i]) {
				return
			}
		}
	}
}

func Zip(a, b []int) func(func(int, int) bool) {
	return func(yield func(int, int) bool) {
		n := min(len(a), len(b))
		for i := 0; i < n; i++ {
			if !yield(a[i], b[i]) {
				return
			}
		}
	}
}

func firstOver(m map[string]int, limit int) (string, int) {
	for k, v := range Sorted(m) {
		if v > limit {
			return k, v
		}
	}
	return "", -1
}

func main() {
	m := map[string]int{"pear": 3, "apple": 7, "fig": 1, "kiwi": 9, "date": 4}
	for k, v := range Sorted(m) {
		fmt.Println(k, v)
	}
	fmt.Println(firstOver(m, 5))
	fmt.Println(firstOver(m, 100))
	for i, s := range Enumerate([]string{"x", "y", "z"}) {
		if i == 1 {
			continue
		}
		fmt.Print(i, s, " ")
	}
	fmt.Println()
	dot := 0
	for a, b := range Zip([]int{1, 2, 3, 4}, []int{5, 6, 7}) {
		dot += a * b
	}
	fmt.Println("dot", dot)
	var k string
	var v int
	for k, v = range Sorted(m) {
		if k == "fig" {
			break
		}
	}
	fmt.Println("stopped at", k, v)
}
