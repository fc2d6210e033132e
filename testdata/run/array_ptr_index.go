package main

import "fmt"

func fill(p *[6]int, v int) {
	for i := range p {
		p[i] = v + i
	}
}

func sum(p *[6]int) int {
	s := 0
	for _, v := range p {
		s += v
	}
	return s
}

func main() {
	var a [6]int
	fill(&a, 10)
	fmt.Println(a, sum(&a), len(&a), cap(&a))
	p := &a
	p[0] = 0
	(*p)[1] = 1
	fmt.Println(a[:2], p[2:4], len(p[1:]), cap(p[1:3]))
	s := p[:]
	s[5] = 55
	fmt.Println(a[5])
	q := p
	q[3] = 333
	fmt.Println(p == q, a[3])
	b := *p
	b[3] = 0
	fmt.Println(a[3], b[3])
	// pointers to elements
	e := &a[4]
	*e += 1000
	fmt.Println(a[4])
	pa := [3]*int{&a[0], &a[1], &a[2]}
	for _, ptr := range pa {
		*ptr *= 2
	}
	fmt.Println(a)
	sl := []int{1, 2, 3, 4}
	ap := (*[4]int)(sl)
	ap[0] = 100
	fmt.Println(sl, *ap)
	arr2 := [4]int(sl)
	arr2[1] = -2
	fmt.Println(sl, arr2)
}
