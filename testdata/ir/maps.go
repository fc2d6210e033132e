// Map make, read, comma-ok read, assignment and delete.
package main

func build() map[string]int {
	m := make(map[string]int)
	m["a"] = 1
	return m
}

func read(m map[string]int, k string) (int, bool) {
	v, ok := m[k]
	return v + m["z"], ok
}

func del(m map[int]bool, k int) { delete(m, k) }

func main() {}
