package main

import "fmt"

type Node struct {
	V    int
	Next *Node
}

func reverse(h *Node) *Node {
	var prev *Node
	for h != nil {
		h, h.Next, prev = h.Next, prev, h
	}
	return prev
}

func list(h *Node) []int {
	var out []int
	for ; h != nil; h = h.Next {
		out = append(out, h.V)
	}
	return out
}

func main() {
	var h *Node
	for i := 5; i >= 1; i-- {
		h = &Node{i, h}
	}
	fmt.Println(list(h))
	h = reverse(h)
	fmt.Println(list(h))
	a, b, c := 1, 2, 3
	pa, pb, pc := &a, &b, &c
	*pa, *pb, *pc = *pc, *pa, *pb
	fmt.Println(a, b, c)
	pa, pb = pb, pa
	*pa = 100
	fmt.Println(a, b)
	s := []int{1, 2, 3, 4, 5}
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		s[i], s[j] = s[j], s[i]
	}
	fmt.Println(s)
	grid := [][]int{{1, 2}, {3, 4}}
	grid[0], grid[1] = grid[1], grid[0]
	grid[0][0], grid[1][1] = grid[1][1], grid[0][0]
	fmt.Println(grid)
	type pair struct{ a, b *int }
	x, y := 7, 8
	pr := pair{&x, &y}
	*pr.a, *pr.b = *pr.b, *pr.a
	fmt.Println(x, y)
}
