// Map-heavy: int and string keys, inserts, lookups, deletes, iteration,
// struct keys. Prints a checksum.
package main

import "fmt"

type Key struct {
	A, B int32
}

func main() {
	m := make(map[int]int)
	x := uint32(7)
	for i := 0; i < 2000000; i++ {
		x ^= x << 13
		x ^= x >> 17
		x ^= x << 5
		k := int(x % 500000)
		m[k] += i
		if i%3 == 0 {
			delete(m, int((x>>3)%500000))
		}
	}
	total := 0
	for k, v := range m {
		total += k ^ v
	}
	words := make([]string, 0, 5000)
	for i := 0; i < 5000; i++ {
		words = append(words, fmt.Sprint("w", i*7919%10007))
	}
	counts := map[string]int{}
	for r := 0; r < 200; r++ {
		for i, w := range words {
			if (i+r)%3 != 0 {
				counts[w]++
			}
		}
	}
	sc := 0
	for _, w := range words {
		sc += counts[w]
	}
	sk := map[Key]int{}
	for i := 0; i < 300000; i++ {
		k := Key{int32(i % 1000), int32(i % 777)}
		sk[k]++
	}
	hits := 0
	for i := 0; i < 1000; i++ {
		if _, ok := sk[Key{int32(i), int32(i)}]; ok {
			hits++
		}
	}
	fmt.Println(len(m), total, len(counts), sc, len(sk), hits)
}
