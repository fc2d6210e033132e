package main

import "fmt"

type Stat struct {
	N   int
	Sum int
}

func main() {
	counts := map[string]int{}
	words := []string{"a", "b", "a", "c", "b", "a"}
	for _, w := range words {
		counts[w]++
	}
	fmt.Println(counts)
	counts["a"] += 10
	counts["z"] -= 1
	counts["b"] *= 3
	counts["c"] <<= 4
	fmt.Println(counts)
	groups := map[int][]string{}
	for _, w := range []string{"go", "is", "fun", "and", "fast", "x"} {
		groups[len(w)] = append(groups[len(w)], w)
	}
	fmt.Println(groups)
	stats := map[string]Stat{}
	for i, w := range words {
		s := stats[w]
		s.N++
		s.Sum += i
		stats[w] = s
	}
	fmt.Println(stats)
	ptrs := map[string]*Stat{}
	for i, w := range words {
		if ptrs[w] == nil {
			ptrs[w] = &Stat{}
		}
		ptrs[w].N++
		ptrs[w].Sum += i * 10
	}
	fmt.Println(*ptrs["a"], *ptrs["b"], *ptrs["c"])
	nested := map[string]map[string]int{}
	add := func(a, b string) {
		inner, ok := nested[a]
		if !ok {
			inner = map[string]int{}
			nested[a] = inner
		}
		inner[b]++
	}
	add("x", "y")
	add("x", "y")
	add("x", "z")
	add("w", "y")
	fmt.Println(nested, len(nested["x"]))
	strs := map[int]string{}
	strs[1] += "ab"
	strs[1] += "cd"
	fmt.Println(strs)
	fl := map[string]float64{}
	fl["pi"] += 3.14
	fl["pi"] /= 2
	fmt.Println(fl)
	arrs := map[string][2]int{}
	a := arrs["k"]
	a[1] = 5
	arrs["k"] = a
	fmt.Println(arrs)
}
