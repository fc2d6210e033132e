package main

import "fmt"

type Tree struct {
	Left, Right *Tree
	Val         int
}

func (t *Tree) walk(yield func(int) bool) bool {
	if t == nil {
		return true
	}
	return t.Left.walk(yield) && yield(t.Val) && t.Right.walk(yield)
}

func (t *Tree) All(yield func(int) bool) { t.walk(yield) }

func (t *Tree) Walk() func(func(int) bool) {
	return func(yield func(int) bool) { t.walk(yield) }
}

func insert(t *Tree, v int) *Tree {
	if t == nil {
		return &Tree{Val: v}
	}
	if v < t.Val {
		t.Left = insert(t.Left, v)
	} else {
		t.Right = insert(t.Right, v)
	}
	return t
}

func upto(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func search(grid [][]int, want int) (int, int, bool) {
	for i := range upto(len(grid)) {
		for j := range upto(len(grid[i])) {
			if grid[i][j] == want {
				return i, j, true
			}
		}
	}
	return 0, 0, false
}

func labels() {
outer:
	for i := range upto(4) {
		for j := range upto(4) {
			switch {
			case j == 2:
				continue outer
			case i == 3:
				break outer
			}
			fmt.Print(i, j, ";")
		}
	}
	fmt.Println()
	// a plain loop around a range-over-func loop
	for k := 0; k < 3; k++ {
		for i := range upto(5) {
			if i == k {
				continue
			}
			if i > k+1 {
				break
			}
			fmt.Print(k, ":", i, " ")
		}
	}
	fmt.Println()
plain:
	for k := 0; k < 3; k++ {
		for i := range upto(5) {
			if k == 1 {
				continue plain
			}
			if k == 2 && i == 1 {
				break plain
			}
			fmt.Print("k", k, "i", i, " ")
		}
	}
	fmt.Println()
}

func gotoInside() {
	for i := range upto(3) {
		n := 0
	again:
		n++
		if n < i {
			goto again
		}
		fmt.Println("i", i, "n", n)
	}
}

func closures() {
	var fs []func() int
	for i := range upto(3) {
		fs = append(fs, func() int { return i * i })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	sum := 0
	add := func(v int) { sum += v }
	for v := range upto(5) {
		add(v)
	}
	fmt.Println("sum", sum)
}

func assignForm() {
	var k int
	var s string
	pairs := func(yield func(int, string) bool) {
		_ = yield(7, "seven") && yield(8, "eight")
	}
	for k, s = range pairs {
	}
	fmt.Println(k, s)
	for k = range pairs {
		if k == 7 {
			break
		}
	}
	fmt.Println(k, s)
}

func main() {
	var root *Tree
	for _, v := range []int{5, 3, 8, 1, 4, 9, 7} {
		root = insert(root, v)
	}
	for v := range root.All {
		fmt.Print(v, " ")
	}
	fmt.Println()
	for v := range root.Walk() {
		if v > 5 {
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
	grid := [][]int{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}
	fmt.Println(search(grid, 6))
	fmt.Println(search(grid, 10))
	labels()
	gotoInside()
	closures()
	assignForm()
}
