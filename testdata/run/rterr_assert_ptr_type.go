package main

import "fmt"

type Node struct{ v int }

type Shape interface{ Area() int }

func (n Node) Area() int { return n.v }

func main() {
	var s Shape = &Node{3}
	fmt.Println(s.Area())
	p := s.(*Node)
	fmt.Println(p.v)
	p.v = 30
	fmt.Println(s.Area(), "shared through pointer")
	_, ok := s.(Node)
	fmt.Println(ok)
	var s2 Shape = Node{4}
	n2 := s2.(Node)
	n2.v = 40
	fmt.Println(s2.Area(), n2.v, "value copy")
	_, ok = s2.(*Node)
	fmt.Println(ok)
	shapes := []Shape{Node{1}, &Node{2}}
	for i, sh := range shapes {
		_, isVal := sh.(Node)
		_, isPtr := sh.(*Node)
		fmt.Println(i, isVal, isPtr)
	}
	n := s.(Node)
	fmt.Println(n)
}
