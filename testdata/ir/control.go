// Loops, switch, labels and goto.
package main

func loops(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		if i%2 == 0 {
			continue
		}
		s += i
	}
	return s
}

func sw(x int) string {
	switch x {
	case 1, 2:
		return "small"
	case 3:
		fallthrough
	default:
		return "other"
	}
}

func labels(a [][]int) int {
outer:
	for _, row := range a {
		for _, v := range row {
			if v < 0 {
				break outer
			}
		}
	}
	i := 0
again:
	i++
	if i < 3 {
		goto again
	}
	return i
}

func main() {}
