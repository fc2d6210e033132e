package main

import "fmt"

func main() {
	s := []int{1, 2, 3}
	// range evaluates len once: appending in the loop does not extend iteration
	for i, v := range s {
		if i == 0 {
			s = append(s, 100)
		}
		fmt.Print(v, " ")
	}
	fmt.Println(len(s))
	// modifying elements ahead is visible (slice shares memory)
	t := []int{1, 2, 3, 4}
	for i, v := range t {
		if i+1 < len(t) {
			t[i+1] += v
		}
	}
	fmt.Println(t)
	var nilSlice []string
	for range nilSlice {
		fmt.Println("never")
	}
	var i, v int
	for i, v = range []int{5, 6, 7} {
	}
	fmt.Println("last", i, v)
	m := map[string]int{"a": 1, "b": 2, "c": 3}
	keys := []string{}
	sum := 0
	for k, v := range m {
		keys = append(keys, k)
		sum += v
	}
	for a := 1; a < len(keys); a++ {
		for b := a; b > 0 && keys[b] < keys[b-1]; b-- {
			keys[b], keys[b-1] = keys[b-1], keys[b]
		}
	}
	fmt.Println(keys, sum)
	arr := [3]string{"x", "y", "z"}
	for idx := range arr {
		arr[idx] += "!"
	}
	fmt.Println(arr)
	structs := []struct{ n int }{{1}, {2}}
	for _, st := range structs {
		st.n *= 10
	}
	fmt.Println(structs)
	for k := range structs {
		structs[k].n *= 10
	}
	fmt.Println(structs)
	var count int
	for range [5]struct{}{} {
		count++
	}
	fmt.Println(count)
}
