package main

import "fmt"

// solve counts N-queens placements using bitmasks for columns and diagonals.
func solve(n, row, cols, d1, d2 int) int {
	if row == n {
		return 1
	}
	count := 0
	avail := ^(cols | d1 | d2) & (1<<n - 1)
	for avail != 0 {
		bit := avail & -avail
		avail &^= bit
		count += solve(n, row+1, cols|bit, (d1|bit)<<1, (d2|bit)>>1)
	}
	return count
}

// first finds the lexicographically first solution and returns the column of
// each row packed 4 bits per row.
func first(n, row, cols, d1, d2, packed int) (int, bool) {
	if row == n {
		return packed, true
	}
	for c := 0; c < n; c++ {
		bit := 1 << c
		if (cols|d1|d2)&bit != 0 {
			continue
		}
		if p, ok := first(n, row+1, cols|bit, (d1|bit)<<1, (d2|bit)>>1, packed|c<<(4*row)); ok {
			return p, true
		}
	}
	return 0, false
}

func show(n, packed int) {
	for r := 0; r < n; r++ {
		c := packed >> (4 * r) & 15
		line := ""
		for i := 0; i < n; i++ {
			if i == c {
				line += "Q "
			} else {
				line += ". "
			}
		}
		fmt.Println(line)
	}
}

func main() {
	for n := 1; n <= 10; n++ {
		fmt.Println(n, "queens:", solve(n, 0, 0, 0, 0))
	}
	p, ok := first(8, 0, 0, 0, 0, 0)
	fmt.Println("first 8-queens solution found:", ok)
	show(8, p)
	_, ok = first(3, 0, 0, 0, 0, 0)
	fmt.Println("3-queens solvable:", ok)
	p, _ = first(5, 0, 0, 0, 0, 0)
	show(5, p)
}
