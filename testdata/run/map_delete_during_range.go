package main

import "fmt"

func main() {
	m := map[int]int{}
	for i := 0; i < 100; i++ {
		m[i] = i
	}
	// Deleting the current key during iteration is always safe.
	visited := 0
	for k := range m {
		visited++
		if k%2 == 0 {
			delete(m, k)
		}
	}
	fmt.Println(visited, len(m))
	// Deleting every other entry: entries removed before being reached
	// are not produced. Each key is produced at most once.
	seen := map[int]int{}
	for k := range m {
		seen[k]++
		for j := range m {
			if j != k {
				delete(m, j)
			}
		}
	}
	fmt.Println(len(m), len(seen))
	for _, c := range seen {
		if c != 1 {
			fmt.Println("key seen twice")
		}
	}
	// Delete all during range: loop body runs at least once, len ends 0.
	m2 := map[string]int{"a": 1, "b": 2, "c": 3, "d": 4}
	n := 0
	for k := range m2 {
		n++
		delete(m2, k)
	}
	fmt.Println(n, len(m2))
	// clear during range stops further iterations.
	m3 := map[int]bool{1: true, 2: true, 3: true, 4: true, 5: true}
	n = 0
	for range m3 {
		n++
		clear(m3)
	}
	fmt.Println(n, len(m3))
	// Sum of values is deterministic.
	m4 := map[int]int{}
	for i := 1; i <= 10; i++ {
		m4[i] = i * i
	}
	sum := 0
	for k, v := range m4 {
		sum += v
		if k > 5 {
			delete(m4, k)
		}
	}
	fmt.Println(sum >= 55, len(m4))
	total := 0
	for _, v := range m4 {
		total += v
	}
	fmt.Println(total)
}
