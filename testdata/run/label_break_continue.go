package main

import "fmt"

func main() {
	// labeled break out of nested loops
	found := [2]int{-1, -1}
outer:
	for i := 0; i < 5; i++ {
		for j := 0; j < 5; j++ {
			if i*j == 6 {
				found = [2]int{i, j}
				break outer
			}
		}
	}
	fmt.Println("found", found)
	// labeled continue
	var pairs []string
rows:
	for i := 0; i < 4; i++ {
		for j := 0; j < 4; j++ {
			if j > i {
				continue rows
			}
			if (i+j)%2 == 1 {
				continue
			}
			pairs = append(pairs, fmt.Sprint(i, j))
		}
	}
	fmt.Println(pairs)
	// break out of a loop from inside a switch
	n := 0
loop:
	for {
		switch {
		case n >= 5:
			break loop
		case n%2 == 0:
			n += 3
		default:
			n--
		}
		fmt.Print(n, " ")
	}
	fmt.Println("| n =", n)
	// plain break inside switch only leaves the switch
	count := 0
	for i := 0; i < 5; i++ {
		switch i {
		case 2:
			break
		default:
			count++
		}
	}
	fmt.Println("count", count)
	// labeled continue from inside switch and range
	words := []string{"apple", "bob", "civic", "dog"}
	var pal []string
words:
	for _, w := range words {
		for k := 0; k < len(w)/2; k++ {
			switch {
			case w[k] != w[len(w)-1-k]:
				continue words
			}
		}
		pal = append(pal, w)
	}
	fmt.Println(pal)
	// break label on a select-free labeled block of loops three deep
	total := 0
deep:
	for a := 0; a < 10; a++ {
		for b := 0; b < 10; b++ {
			for c := 0; c < 10; c++ {
				total++
				if a+b+c == 5 {
					break deep
				}
			}
		}
	}
	fmt.Println("total", total)
}
