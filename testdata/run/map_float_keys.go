package main

import "fmt"

func main() {
	zero := 0.0
	nan := zero / zero
	negz := -zero
	m := map[float64]int{}
	m[nan] = 1
	m[nan] = 2
	fmt.Println("len after two NaN inserts:", len(m))
	v, ok := m[nan]
	fmt.Println("lookup NaN:", v, ok)
	m[zero] = 10
	m[negz] = 20
	fmt.Println("len with +0/-0:", len(m), m[0], m[negz])
	m[1.5] = 3
	m[1.5] += 4
	fmt.Println(m[1.5], len(m))
	sum := 0
	nanCount := 0
	for k, v := range m {
		if k != k {
			nanCount++
		}
		sum += v
	}
	fmt.Println("nan keys:", nanCount, "sum:", sum)
	delete(m, nan)
	fmt.Println("len after delete NaN:", len(m))
	clear(m)
	fmt.Println("len after clear:", len(m))
	f32 := map[float32]string{0.1: "a", 0.25: "b"}
	fmt.Println(f32[0.1], f32[float32(0.25)], len(f32))
	var x float64 = 0.1
	fmt.Println(f32[float32(x)])
	inf := 1 / zero
	mi := map[float64]bool{inf: true, -inf: false}
	fmt.Println(mi[inf], mi[-inf], len(mi))
	fmt.Println(m)
	m2 := map[float64]int{nan: 1, 2: 2}
	m2[nan] = 3
	fmt.Println(len(m2))
}
