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

func main() {
	m := map[string]int{"one": 1, "two": 2}
	m["three"] = 3
	fmt.Println(len(m), m["two"], m["missing"])
	v, ok := m["one"]
	fmt.Println(v, ok)
	v, ok = m["nope"]
	fmt.Println(v, ok)
	delete(m, "two")
	delete(m, "not-there")
	fmt.Println(len(m), m)
	m["one"] = 100
	for _, k := range sortedKeys(m) {
		fmt.Println(k, m[k])
	}
	var nilm map[string]int
	fmt.Println(nilm == nil, len(nilm), nilm["x"])
	v, ok = nilm["x"]
	fmt.Println(v, ok)
	delete(nilm, "x")
	for range nilm {
		fmt.Println("never")
	}
	clear(m)
	fmt.Println(len(m), m == nil)
	m["again"] = 1
	fmt.Println(m)
	big := make(map[int]int, 100)
	for i := 0; i < 1000; i++ {
		big[i%37] += i
	}
	fmt.Println(len(big), big[0], big[36])
	if _, found := big[37]; !found {
		fmt.Println("37 not found")
	}
}
