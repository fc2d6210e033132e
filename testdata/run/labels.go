package main

import "fmt"

func main() {
	// Find the first pair (i, j) with i*j == 42 and i < j.
	found := false
outer:
	for i := 1; i < 10; i++ {
		for j := i + 1; j < 50; j++ {
			if i*j == 42 {
				fmt.Println("found", i, j)
				found = true
				break outer
			}
		}
	}
	fmt.Println("found:", found)

	// continue with a label skips to the next iteration of the outer loop.
rows:
	for i := 0; i < 6; i++ {
		line := ""
		for j := 0; j < 6; j++ {
			if j > i {
				fmt.Println(line)
				continue rows
			}
			if (i+j)%2 == 0 {
				line += "#"
			} else {
				line += "."
			}
		}
		fmt.Println(line, "(full)")
	}

	// Labeled break out of a switch inside a loop.
	n := 0
loop:
	for {
		switch {
		case n > 5:
			break loop
		case n%2 == 0:
			n += 3
		default:
			n++
		}
		fmt.Println("n", n)
	}
	fmt.Println("done at", n)

	// Three levels of nesting.
	count := 0
a:
	for x := 0; x < 5; x++ {
	b:
		for y := 0; y < 5; y++ {
			for z := 0; z < 5; z++ {
				if z > y {
					continue b
				}
				if y > x {
					continue a
				}
				if x+y+z > 9 {
					break a
				}
				count++
			}
		}
	}
	fmt.Println("count", count)

	// Labeled continue in a range-over-int loop.
	primes := 0
candidates:
	for p := range 60 {
		if p < 2 {
			continue
		}
		for d := 2; d*d <= p; d++ {
			if p%d == 0 {
				continue candidates
			}
		}
		primes++
		fmt.Print(p, " ")
	}
	fmt.Println()
	fmt.Println("primes:", primes)

	// A plain break out of nested switch in nested loop.
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j == 2 {
				break
			}
			fmt.Print(i, j, " ")
		}
	}
	fmt.Println()
}
