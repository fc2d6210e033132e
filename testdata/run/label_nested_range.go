package main

import "fmt"

func main() {
	matrix := [][]int{{1, 2, 3}, {4, -5, 6}, {7, 8, -9}, {10, 11, 12}}
	// skip rows that contain a negative number
	var sums []int
rowLoop:
	for _, row := range matrix {
		s := 0
		for _, v := range row {
			if v < 0 {
				continue rowLoop
			}
			s += v
		}
		sums = append(sums, s)
	}
	fmt.Println(sums)
	// find first pair summing to target across a string range and an int range
	target := 'c' + 2
	var found string
search:
	for i, r := range "abcde" {
		for k := range 5 {
			if int(r)+k == int(target) {
				found = fmt.Sprint(i, k)
				break search
			}
		}
	}
	fmt.Println("found", found)
	// labeled loop with goto-free early exit from three levels via labeled continue
	count := 0
L1:
	for a := 0; a < 3; a++ {
	L2:
		for b := 0; b < 3; b++ {
			for c := 0; c < 3; c++ {
				if c == 1 {
					continue L2
				}
				if b == 2 {
					continue L1
				}
				count++
			}
		}
	}
	fmt.Println("count", count)
	// unused-but-legal label on a block with break
	n := 0
blk:
	for {
		n++
		switch {
		case n > 3:
			break blk
		}
	}
	fmt.Println("n", n)
}
