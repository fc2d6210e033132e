package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

type Tree struct {
	Name  string
	Kids  []*Tree
	Attrs map[string]string
}

type Wrap struct {
	Inner *struct{ A, B int }
}

func main() {
	n := &Node{1, nil}
	fmt.Println(n)
	fmt.Printf("%+v\n", n)
	fmt.Println(*n)
	fmt.Printf("%v\n", Node{2, nil})
	t := &Tree{Name: "root", Attrs: map[string]string{"b": "2", "a": "1"}}
	fmt.Println(t)
	fmt.Printf("%+v\n", t)
	pp := &n
	fmt.Println(**pp, (*pp).Val)
	w := Wrap{}
	fmt.Printf("%+v\n", w)
	ip := new(int)
	*ip = 7
	fmt.Println(*ip, ip != nil)
	arr := &[3]int{1, 2, 3}
	fmt.Println(arr)
	fmt.Printf("%v %+v\n", arr, arr)
	sl := &[]string{"x"}
	fmt.Println(sl)
	mp := &map[string]int{"k": 1}
	fmt.Println(mp)
	fmt.Println([]Node{{1, nil}, {2, nil}})
	var np *Node
	fmt.Println(np)
	fmt.Printf("[%v][%+v][%s]\n", np, np, "x")
	type Deep struct {
		L1 struct {
			L2 struct {
				L3 []int
			}
		}
	}
	var d Deep
	d.L1.L2.L3 = []int{1, 2}
	fmt.Printf("%v %+v\n", d, d)
	fmt.Println(&d)
}
