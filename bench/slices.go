// Slice-heavy: reslicing, append, copy, sub-slices of strings, 3-index
// slices, slices of slices. Prints a checksum.
package main

import "fmt"

func sumWindows(a []int, w int) int {
	s := 0
	for i := 0; i+w <= len(a); i++ {
		win := a[i : i+w]
		for _, v := range win {
			s += v
		}
	}
	return s
}

func countPrefix(s string, p string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		t := s[i:]
		if len(t) >= len(p) && t[:len(p)] == p {
			n++
		}
	}
	return n
}

func main() {
	a := make([]int, 0)
	for i := 0; i < 200000; i++ {
		a = append(a, i%97)
	}
	total := 0
	for r := 0; r < 20; r++ {
		total += sumWindows(a[r:], 8)
	}
	b := make([]int, len(a))
	for r := 0; r < 200; r++ {
		total += copy(b[r:], a[:len(a)-r])
	}
	s := ""
	for i := 0; i < 2000; i++ {
		s += string(rune('a' + i%5))
	}
	for r := 0; r < 200; r++ {
		total += countPrefix(s, "abc")
	}
	grid := make([][]byte, 500)
	for i := range grid {
		grid[i] = make([]byte, 500)
		for j := range grid[i] {
			grid[i][j] = byte(i ^ j)
		}
	}
	for r := 0; r < 20; r++ {
		for i := 1; i < len(grid)-1; i++ {
			row := grid[i][1 : len(grid[i])-1 : len(grid[i])-1]
			for j := range row {
				total += int(row[j])
			}
		}
	}
	fmt.Println(total)
}
