package main

import "fmt"

func main() {
	// Three-clause loop.
	sum := 0
	for i := 0; i < 10; i++ {
		sum += i
	}
	fmt.Println("sum 0..9", sum)

	// Condition-only loop.
	n := 1
	for n < 1000 {
		n *= 3
	}
	fmt.Println("first power of 3 >= 1000:", n)

	// Infinite loop with break.
	k := 0
	for {
		k++
		if k*k > 200 {
			break
		}
	}
	fmt.Println("k", k)

	// Range over an int, with and without a variable.
	for i := range 5 {
		fmt.Print(i, " ")
	}
	fmt.Println()
	times := 0
	for range 7 {
		times++
	}
	fmt.Println("times", times)
	limit := 3
	for i := range limit {
		limit = 10 // the range expression is evaluated once
		fmt.Print(i, ";")
	}
	fmt.Println()
	for i := range 0 {
		fmt.Println("never", i)
	}
	for i := range -5 {
		fmt.Println("never", i)
	}

	// continue.
	for i := 0; i < 20; i++ {
		if i%3 != 0 {
			continue
		}
		fmt.Print(i, ",")
	}
	fmt.Println()

	// Loops with multiple variables in the clauses.
	for i, j := 0, 10; i < j; i, j = i+1, j-2 {
		fmt.Println("i", i, "j", j)
	}

	// Init and post statements may be omitted.
	m := 5
	for ; m > 0; m-- {
		fmt.Print(m)
	}
	fmt.Println()
	for m < 5 {
		m += 2
	}
	fmt.Println("m", m)
	for i := 0; i < 3; {
		fmt.Print("i=", i, " ")
		i++
	}
	fmt.Println()

	// Nested loops: multiplication table.
	for i := 1; i <= 9; i++ {
		line := ""
		for j := 1; j <= i; j++ {
			p := i * j
			if p < 10 {
				line += " "
			}
			line += itoa(p) + " "
		}
		fmt.Println(line)
	}

	// Modifying the loop variable inside the body.
	for i := 0; i < 30; i++ {
		if i%7 == 6 {
			i += 5
		}
		fmt.Print(i, " ")
	}
	fmt.Println()

	// Counting down with a negative step.
	for i := 10; i >= 0; i -= 3 {
		fmt.Print(i, " ")
	}
	fmt.Println()
}

func itoa(n int) string {
	s := ""
	for {
		switch n % 10 {
		case 0:
			s = "0" + s
		case 1:
			s = "1" + s
		case 2:
			s = "2" + s
		case 3:
			s = "3" + s
		case 4:
			s = "4" + s
		case 5:
			s = "5" + s
		case 6:
			s = "6" + s
		case 7:
			s = "7" + s
		case 8:
			s = "8" + s
		case 9:
			s = "9" + s
		}
		n /= 10
		if n == 0 {
			return s
		}
	}
}
