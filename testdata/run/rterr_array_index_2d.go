package main

import "fmt"

func main() {
	var grid [3][4]int
	for r := 0; r < 3; r++ {
		for c := 0; c < 4; c++ {
			grid[r][c] = r*4 + c
		}
	}
	fmt.Println(grid)
	rowSums := [3]int{}
	colSums := [4]int{}
	for r, row := range grid {
		for c, v := range row {
			rowSums[r] += v
			colSums[c] += v
		}
	}
	fmt.Println(rowSums, colSums)
	diag := 0
	for i := 0; i < 3; i++ {
		diag += grid[i][i]
	}
	fmt.Println("diag", diag, len(grid), len(grid[0]))
	r, c := 2, 4
	fmt.Println("row ok:", grid[r])
	grid[r][c] = 1
}
