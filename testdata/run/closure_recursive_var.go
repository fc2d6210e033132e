package main

import "fmt"

type Tree struct {
	Val         int
	Left, Right *Tree
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

func main() {
	var root *Tree
	for _, v := range []int{50, 30, 70, 20, 40, 60, 80, 35} {
		root = insert(root, v)
	}
	var inorder func(t *Tree)
	out := []int{}
	inorder = func(t *Tree) {
		if t == nil {
			return
		}
		inorder(t.Left)
		out = append(out, t.Val)
		inorder(t.Right)
	}
	inorder(root)
	fmt.Println(out)
	var height func(t *Tree) int
	height = func(t *Tree) int {
		if t == nil {
			return 0
		}
		l, r := height(t.Left), height(t.Right)
		if l > r {
			return l + 1
		}
		return r + 1
	}
	fmt.Println("height", height(root))
	var perms func(prefix []int, rest []int)
	count := 0
	perms = func(prefix, rest []int) {
		if len(rest) == 0 {
			count++
			if count <= 3 {
				fmt.Println(prefix)
			}
			return
		}
		for i := range rest {
			np := append(append([]int{}, prefix...), rest[i])
			nr := append(append([]int{}, rest[:i]...), rest[i+1:]...)
			perms(np, nr)
		}
	}
	perms(nil, []int{1, 2, 3, 4})
	fmt.Println("perms", count)
	memo := map[int]int{}
	var ways func(n int) int
	ways = func(n int) int {
		if n < 0 {
			return 0
		}
		if n == 0 {
			return 1
		}
		if v, ok := memo[n]; ok {
			return v
		}
		r := ways(n-1) + ways(n-2) + ways(n-3)
		memo[n] = r
		return r
	}
	fmt.Println(ways(10), ways(30), len(memo))
}
