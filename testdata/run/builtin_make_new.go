package main

import "fmt"

type Cfg struct {
	Name  string
	Limit int
	Tags  []string
}

func main() {
	s := make([]int, 3)
	fmt.Println(s, len(s), cap(s))
	s2 := make([]int, 2, 10)
	fmt.Println(s2, len(s2), cap(s2))
	s2 = s2[:5]
	fmt.Println(s2, len(s2))
	s3 := make([]string, 0)
	fmt.Println(s3 == nil, len(s3), s3)
	m := make(map[string]int, 50)
	fmt.Println(len(m), m == nil)
	m["a"] = 1
	fmt.Println(len(m))
	m0 := make(map[int]bool)
	fmt.Println(len(m0))
	pi := new(int)
	fmt.Println(*pi)
	pc := new(Cfg)
	fmt.Println(*pc, pc.Tags == nil)
	pc.Tags = append(pc.Tags, "t")
	fmt.Printf("%+v\n", *pc)
	pa := new([3]float64)
	pa[1] = 1.5
	fmt.Println(*pa)
	ps := new([]int)
	fmt.Println(*ps == nil, len(*ps))
	pp := new(*int)
	fmt.Println(*pp == nil)
	*pp = pi
	**pp = 42
	fmt.Println(*pi)
	n := 4
	dyn := make([][]int, n)
	for i := range dyn {
		dyn[i] = make([]int, i+1)
		for j := range dyn[i] {
			dyn[i][j] = i * j
		}
	}
	fmt.Println(dyn)
	type MySlice []byte
	ms := make(MySlice, 2, 4)
	fmt.Printf("%T %v %d\n", ms, ms, cap(ms))
	var zero = make([]int, 0, 0)
	zero = append(zero, 1)
	fmt.Println(zero, cap(zero) >= 1)
}
