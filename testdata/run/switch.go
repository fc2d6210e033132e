package main

import "fmt"

func classify(n int) string {
	switch {
	case n < 0:
		return "negative"
	case n == 0:
		return "zero"
	case n < 10:
		return "small"
	case n < 100:
		return "medium"
	default:
		return "large"
	}
}

func vowel(c int) bool {
	switch c {
	case 97, 101, 105, 111, 117, 65, 69, 73, 79, 85:
		return true
	}
	return false
}

func fall(n int) string {
	s := ""
	switch n {
	case 0:
		s += "zero "
		fallthrough
	case 1:
		s += "one-or-less "
		fallthrough
	case 2:
		s += "two-or-less "
	case 3:
		s += "three "
		fallthrough
	default:
		s += "default "
	case 4:
		s += "four "
	}
	return s
}

func next(x int) int {
	fmt.Println("  evaluating next(", x, ")")
	return x + 1
}

func main() {
	for n := -5; n <= 500; n = n + n/2 + 4 {
		fmt.Println(n, classify(n))
	}
	word := "Programming In Go"
	count := 0
	for i := 0; i < len(word); i++ {
		if vowel(int(word[i])) {
			count++
		}
	}
	fmt.Println("vowels:", count)
	for i := range 7 {
		fmt.Println(i, fall(i))
	}
	// Switch with init statement and tag.
	switch x := 5 * 3; x % 4 {
	case 0:
		fmt.Println("x%4 is zero")
	case 1, 2:
		fmt.Println("x%4 is one or two")
	case 3:
		fmt.Println("x%4 is three, x =", x)
	}
	// Switch with init and no tag.
	switch y := next(10); {
	case y > 10:
		fmt.Println("y > 10")
	default:
		fmt.Println("y <= 10")
	}
	// Cases are evaluated top to bottom, left to right, stopping at the first match.
	v := 2
	switch v {
	case next(0), next(1), next(2):
		fmt.Println("matched")
	case next(3):
		fmt.Println("not reached")
	}
	// break inside a switch leaves the switch only.
	for i := 0; i < 4; i++ {
		switch i {
		case 1:
			fmt.Println("break at", i)
			break
		case 2:
			continue
		}
		fmt.Println("after switch", i)
	}
	// String tags.
	cmd := "stop"
	for k := 0; k < 3; k++ {
		switch cmd {
		case "go", "start":
			fmt.Println("starting")
			cmd = "stop"
		case "stop":
			fmt.Println("stopping")
			cmd = "go"
		}
	}
	// Boolean tag.
	switch b := v > 1; b {
	case true:
		fmt.Println("true branch")
	case false:
		fmt.Println("false branch")
	}
	// An empty switch and a switch with only default.
	switch {
	}
	switch v {
	default:
		fmt.Println("only default")
	}
}
