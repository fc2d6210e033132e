package main

import "fmt"

func grade(score int) string {
	if score >= 90 {
		return "A"
	} else if score >= 80 {
		return "B"
	} else if score >= 70 {
		return "C"
	} else if score >= 60 {
		return "D"
	} else {
		return "F"
	}
}

func compute(x int) int {
	return x*x - 10*x
}

func describe(a, b int) {
	if a < b {
		fmt.Println(a, "<", b)
	} else if a > b {
		fmt.Println(a, ">", b)
	} else {
		fmt.Println(a, "==", b)
	}
}

func main() {
	for s := 45; s <= 100; s += 7 {
		fmt.Println(s, grade(s))
	}
	for x := 0; x <= 12; x += 3 {
		if v := compute(x); v < 0 {
			fmt.Println(x, "negative", v)
		} else if v == 0 {
			fmt.Println(x, "zero", v)
		} else {
			fmt.Println(x, "positive", v)
		}
	}
	describe(1, 2)
	describe(2, 1)
	describe(3, 3)
	// Nested ifs.
	for i := 0; i < 4; i++ {
		for j := 0; j < 4; j++ {
			if i == j {
				if i%2 == 0 {
					fmt.Print("E")
				} else {
					fmt.Print("O")
				}
			} else if i < j {
				fmt.Print("<")
			} else {
				fmt.Print(">")
			}
		}
		fmt.Println()
	}
	// The init statement's variable is visible in every branch.
	if n := 7; n%2 == 0 {
		fmt.Println(n, "even")
	} else if m := n * 3; m > 20 {
		fmt.Println(n, "odd, triple", m, "> 20")
	} else {
		fmt.Println(n, m)
	}
	// An if without else that changes a variable.
	best := 0
	for i := 0; i < 10; i++ {
		v := (i * 37) % 11
		if v > best {
			best = v
		}
	}
	fmt.Println("best", best)
	ok := best > 5
	if ok {
		fmt.Println("ok")
	}
	if !ok {
		fmt.Println("not ok")
	}
	if x := 1; true {
		fmt.Println("x is", x)
	}
}
