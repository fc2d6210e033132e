package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

func length(n *Node) int {
	c := 0
	for n != nil {
		c++
		n = n.Next
	}
	return c
}

func (n *Node) SafeVal() int {
	if n == nil {
		return -1
	}
	return n.Val
}

func main() {
	list := &Node{1, &Node{2, &Node{3, nil}}}
	fmt.Println(length(list))
	fmt.Println(list.Val, list.Next.Val, list.Next.Next.Val)
	var p *int
	fmt.Println(p == nil)
	third := list.Next.Next
	fmt.Println(third.Next == nil, third.Next.SafeVal(), length(nil))
	fmt.Println(third.Next.Val)
}
