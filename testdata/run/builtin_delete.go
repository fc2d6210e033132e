package main

import "fmt"

type K struct {
	A string
	B int
}

func main() {
	m := map[string]int{"a": 1, "b": 2, "c": 3}
	delete(m, "b")
	delete(m, "b")
	delete(m, "zz")
	fmt.Println(m, len(m))
	sk := map[K]bool{{"x", 1}: true, {"x", 2}: true}
	delete(sk, K{"x", 1})
	fmt.Println(sk)
	ik := map[any]int{1: 1, "1": 2, 1.0: 3}
	delete(ik, 1.0)
	delete(ik, int64(1)) // different dynamic type: no effect
	fmt.Println(len(ik), ik[1], ik["1"])
	var nm map[int]int
	delete(nm, 5) // no-op on nil map
	fmt.Println(nm == nil)
	big := map[int]int{}
	for i := 0; i < 1000; i++ {
		big[i] = i
	}
	for i := 0; i < 1000; i += 2 {
		delete(big, i)
	}
	sum := 0
	for _, v := range big {
		sum += v
	}
	fmt.Println(len(big), sum)
	for i := 0; i < 1000; i++ {
		delete(big, i)
	}
	fmt.Println(len(big))
	big[1] = 1
	fmt.Println(big)
	pm := map[*int]string{}
	a, b := 1, 1
	pm[&a], pm[&b] = "a", "b"
	delete(pm, &a)
	fmt.Println(len(pm), pm[&b])
	am := map[[2]int]int{{1, 2}: 3}
	delete(am, [2]int{1, 2})
	fmt.Println(len(am))
}
