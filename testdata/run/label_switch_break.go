package main

import "fmt"

func classify(vals []int) []string {
	var out []string
	for _, v := range vals {
	sw:
		switch {
		case v < 0:
			out = append(out, "neg")
		case v == 0:
			out = append(out, "zero")
		default:
			for d := 2; d*d <= v; d++ {
				if v%d == 0 {
					out = append(out, fmt.Sprintf("composite(%d)", d))
					break sw
				}
			}
			if v == 1 {
				out = append(out, "one")
				break
			}
			out = append(out, "prime")
		}
	}
	return out
}

func main() {
	fmt.Println(classify([]int{-3, 0, 1, 2, 9, 13, 15, 97, 100}))
	i := 0
outer:
	for ; ; i++ {
		switch x := i * i; {
		case x > 50:
			break outer
		case x%2 == 0:
			continue outer
		}
		fmt.Print(i, " ")
	}
	fmt.Println("stopped at", i)
	var a any = 3
ts:
	switch v := a.(type) {
	case int:
		for k := 0; k < v; k++ {
			if k == 1 {
				fmt.Println("breaking type switch at", k)
				break ts
			}
		}
		fmt.Println("not reached")
	}
	fmt.Println("after type switch")
}
