// Allocations inside loops: the previous iteration's object must survive
// while something still refers to it.
package main

import "fmt"

type T struct{ v int }

type Node struct {
	v    int
	next *Node
}

func chainOnHeap() {
	var head *Node
	for i := 0; i < 5; i++ {
		head = &Node{i, head}
	}
	for n := head; n != nil; n = n.next {
		fmt.Print(n.v, " ")
	}
	fmt.Println()
}

func previousKept() {
	var prev *T
	for i := 0; i < 4; i++ {
		p := &T{i * 10}
		if prev != nil {
			fmt.Println("prev", prev.v, "cur", p.v)
		}
		prev = p
	}
}

func freshEachTime() int {
	sum := 0
	for i := 0; i < 100; i++ {
		p := &T{i}
		q := &p
		(*q).v++
		sum += p.v
	}
	return sum
}

func keepAddresses() {
	var keep []*int
	for i := 0; i < 3; i++ {
		v := i * i
		keep = append(keep, &v)
	}
	for _, p := range keep {
		fmt.Print(*p, " ")
	}
	fmt.Println()
}

func arrays() {
	var last *[64]int
	total := 0
	for i := 0; i < 3; i++ {
		a := new([64]int)
		a[i] = i + 1
		if last != nil {
			total += last[i-1]
		}
		last = a
	}
	fmt.Println("total", total)
}

func deferInLoop() {
	for i := 0; i < 3; i++ {
		x := &T{i}
		defer func() { fmt.Println("deferred", x.v, i) }()
	}
}

func pointerToPointer() {
	var pp **T
	for i := 0; i < 3; i++ {
		p := &T{i + 100}
		if pp != nil {
			fmt.Println("old", (*pp).v)
		}
		pp = &p
	}
	fmt.Println("last", (*pp).v)
}

func main() {
	chainOnHeap()
	previousKept()
	fmt.Println(freshEachTime())
	keepAddresses()
	arrays()
	deferInLoop()
	pointerToPointer()
}
