package main

import "fmt"

func get(a [4]int, i int) int {
	return a[i]
}

func set(a *[4]int, i, v int) {
	a[i] = v
}

func main() {
	a := [4]int{10, 20, 30, 40}
	for i := 0; i < 4; i++ {
		fmt.Println(i, get(a, i))
	}
	set(&a, 0, -10)
	set(&a, 3, -40)
	fmt.Println(a)
	idx := 3
	fmt.Println(a[idx], a[len(a)-1], a[idx-3])
	sum := 0
	for i := range a {
		sum += a[i]
	}
	fmt.Println("sum", sum)
	var m [2][3]string
	m[1][2] = "x"
	fmt.Printf("%q\n", m)
	idx += 2
	fmt.Println("about to index", idx)
	fmt.Println(get(a, idx))
}
