package main

import "fmt"

func grade(score int) []string {
	var out []string
	switch {
	case score >= 90:
		out = append(out, "A")
		fallthrough
	case score >= 80:
		out = append(out, "B-or-better")
		fallthrough
	case score >= 70:
		out = append(out, "pass")
	case score >= 0:
		out = append(out, "fail")
	default:
		out = append(out, "invalid")
	}
	return out
}

func days(month int) int {
	d := 0
	switch month {
	case 2:
		d = 28
	case 4, 6, 9, 11:
		d = 30
	default:
		d = 31
	}
	return d
}

func main() {
	for _, s := range []int{95, 85, 75, 10, -5} {
		fmt.Println(s, grade(s))
	}
	sum := 0
	for m := 1; m <= 12; m++ {
		sum += days(m)
	}
	fmt.Println("days", sum)
	n := 2
	switch n {
	case 1:
		fmt.Println("one")
		fallthrough
	case 2:
		fmt.Println("two")
		fallthrough
	case 3:
		fmt.Println("three")
		fallthrough
	default:
		fmt.Println("default reached via fallthrough")
	case 4:
		fmt.Println("four")
	}
	switch n {
	default:
		fmt.Println("default first")
		fallthrough
	case 7:
		fmt.Println("seven via fallthrough from default")
	case 8:
		fmt.Println("eight")
	}
	switch {
	case false:
		fmt.Println("never")
		fallthrough
	case true:
		fmt.Println("true case")
	}
}
