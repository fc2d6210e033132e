package main

import "fmt"

type Node struct {
	Name string
	Kids []*Node
}

func main() {
	a := &Node{Name: "a"}
	b := &Node{Name: "b"}
	c := &Node{Name: "c"}
	a.Kids = []*Node{b, c}
	b.Kids = []*Node{c}
	c.Kids = []*Node{a}
	seen := map[*Node]int{}
	var walk func(n *Node, depth int)
	walk = func(n *Node, depth int) {
		if _, ok := seen[n]; ok {
			return
		}
		seen[n] = depth
		for _, k := range n.Kids {
			walk(k, depth+1)
		}
	}
	walk(a, 0)
	fmt.Println(len(seen), seen[a], seen[b], seen[c])
	twin := &Node{Name: "a"}
	_, ok := seen[twin]
	fmt.Println("twin found:", ok, twin.Name == a.Name)
	var nilNode *Node
	seen[nilNode] = -1
	fmt.Println(len(seen), seen[nil])
	x, y := 1, 2
	ip := map[*int]string{&x: "x", &y: "y"}
	p := &x
	fmt.Println(ip[p], ip[&y], len(ip))
	*p = 50
	fmt.Println(ip[&x])
}
