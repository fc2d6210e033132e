package main

import "fmt"

type Matrix [3][3]int

func mul(a, b Matrix) Matrix {
	var c Matrix
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			for k := 0; k < 3; k++ {
				c[i][j] += a[i][k] * b[k][j]
			}
		}
	}
	return c
}

func transpose(m Matrix) Matrix {
	for i := 0; i < 3; i++ {
		for j := i + 1; j < 3; j++ {
			m[i][j], m[j][i] = m[j][i], m[i][j]
		}
	}
	return m
}

func main() {
	id := Matrix{{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}
	a := Matrix{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}
	fmt.Println(mul(a, id) == a)
	sq := mul(a, a)
	fmt.Println(sq)
	t := transpose(a)
	fmt.Println(a)
	fmt.Println(t)
	fmt.Println(mul(a, t))
	var cube [2][2][2]int
	n := 0
	for i := range cube {
		for j := range cube[i] {
			for k := range cube[i][j] {
				n++
				cube[i][j][k] = n
			}
		}
	}
	fmt.Println(cube, len(cube[1][0]))
	p := &cube[1]
	p[0][1] = 100
	fmt.Println(cube[1])
	row := &a[2]
	row[0] = -7
	fmt.Println(a[2], *row)
}
