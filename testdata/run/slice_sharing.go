package main

import "fmt"

func modify(s []int) {
	s[0] = 999
}

func grow(s []int) []int {
	return append(s, 4)
}

func main() {
	a := []int{1, 2, 3}
	b := a
	b[1] = 20
	fmt.Println(a, b)
	modify(a[1:])
	fmt.Println(a)
	c := a[:2]
	c = append(c, 30) // writes a[2]
	fmt.Println(a, c)
	d := grow(a) // cap(a) == 3: new array
	d[0] = -1
	fmt.Println(a, d)
	e := make([]int, 3, 4)
	f := grow(e)
	f[0] = 7
	fmt.Println(e, f)
	g := grow(e) // overwrites same slot as f[3]
	g[3] = 8
	fmt.Println(f[3], g[3])
	matrix := make([][]int, 3)
	backing := make([]int, 9)
	for i := range matrix {
		matrix[i] = backing[i*3 : i*3+3]
	}
	matrix[1][1] = 5
	backing[8] = 9
	fmt.Println(matrix, backing)
	sub := backing[2:5]
	sub = sub[1:]
	fmt.Println(sub, len(sub), cap(sub))
	s2 := sub[:cap(sub)]
	fmt.Println(len(s2), s2[len(s2)-1])
	strs := []string{"a", "b", "c"}
	view := strs[1:]
	view[0] = "B"
	fmt.Println(strs)
	var nilS []int
	fmt.Println(nilS[:] == nil, len(nilS[0:0]))
}
