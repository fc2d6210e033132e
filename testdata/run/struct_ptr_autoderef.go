package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

type Wrapper struct {
	N   *Node
	Arr [3]int
}

func push(head *Node, v int) *Node {
	return &Node{Val: v, Next: head}
}

func main() {
	var head *Node
	for i := 1; i <= 5; i++ {
		head = push(head, i*10)
	}
	for n := head; n != nil; n = n.Next {
		fmt.Print(n.Val, " ")
	}
	fmt.Println()
	fmt.Println(head.Next.Next.Val)
	head.Next.Next.Val = 333
	fmt.Println(head.Next.Next.Val, (*(*head).Next).Next.Val)
	w := &Wrapper{N: head}
	w.Arr[1] = 5
	w.N.Val++
	fmt.Println(w.Arr, w.N.Val, head.Val)
	pv := &w.N.Next.Val
	*pv = -1
	fmt.Println(head.Next.Val)
	pa := &w.Arr
	pa[2] = 77
	fmt.Println(w.Arr, len(pa))
	ww := *w
	ww.Arr[0] = 1
	ww.N.Val = 1000
	fmt.Println(w.Arr, ww.Arr, w.N.Val)
	pp := &w
	(*pp).Arr[0] = 8
	fmt.Println((*pp).Arr, (**pp).Arr[0])
	count := 0
	for n := head; n != nil; n = n.Next {
		count++
	}
	fmt.Println("count", count)
}
