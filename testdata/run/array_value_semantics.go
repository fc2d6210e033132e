package main

import "fmt"

func double(a [5]int) [5]int {
	for i := range a {
		a[i] *= 2
	}
	return a
}

func doublePtr(a *[5]int) {
	for i := range a {
		a[i] *= 2
	}
}

func main() {
	a := [5]int{1, 2, 3, 4, 5}
	b := a
	b[0] = 100
	fmt.Println(a, b)
	c := double(a)
	fmt.Println(a, c)
	doublePtr(&a)
	fmt.Println(a)
	var grid [3][3]int
	row := grid[1]
	row[1] = 9
	fmt.Println(grid, row)
	grid[1] = row
	fmt.Println(grid)
	g2 := grid
	g2[0][0] = -1
	fmt.Println(grid[0], g2[0])
	s := a[:]
	s[4] = 0
	fmt.Println(a, len(s), cap(s))
	type holder struct{ arr [3]string }
	h1 := holder{[3]string{"x", "y", "z"}}
	h2 := h1
	h2.arr[0] = "changed"
	fmt.Println(h1.arr, h2.arr)
	arrs := [][2]int{{1, 2}, {3, 4}}
	first := arrs[0]
	first[0] = 50
	fmt.Println(arrs, first)
	fmt.Println(len(a), cap(a), len(grid), len(grid[0]))
}
