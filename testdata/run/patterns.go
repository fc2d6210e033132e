package main

import "fmt"

func repeat(s string, n int) string {
	r := ""
	for range n {
		r += s
	}
	return r
}

func pyramid(h int) {
	for i := 1; i <= h; i++ {
		fmt.Println(repeat(" ", h-i) + repeat("*", 2*i-1))
	}
}

func diamond(h int) {
	for i := -h + 1; i < h; i++ {
		a := i
		if a < 0 {
			a = -a
		}
		fmt.Println(repeat(" ", a) + repeat("<>", h-a))
	}
}

func checker(n int) {
	for r := 0; r < n; r++ {
		line := ""
		for c := 0; c < n; c++ {
			if (r+c)%2 == 0 {
				line += "#"
			} else {
				line += " "
			}
		}
		fmt.Println("|" + line + "|")
	}
}

// sierpinski prints Sierpinski's triangle: the cell (r, c) is set when c&r == c... using Pascal parity.
func sierpinski(n int) {
	for r := 0; r < n; r++ {
		line := repeat(" ", n-r-1)
		for c := 0; c <= r; c++ {
			if c&^r == 0 {
				line += "* "
			} else {
				line += "  "
			}
		}
		fmt.Println(line)
	}
}

func box(w, h int, title string) {
	fmt.Println("+" + repeat("-", w) + "+")
	pad := w - len(title)
	left := pad / 2
	fmt.Println("|" + repeat(" ", left) + title + repeat(" ", pad-left) + "|")
	for range h {
		fmt.Println("|" + repeat(" ", w) + "|")
	}
	fmt.Println("+" + repeat("-", w) + "+")
}

func main() {
	pyramid(5)
	diamond(4)
	checker(6)
	sierpinski(16)
	box(20, 2, "rgo")
	box(9, 0, "golden")
}
