package main

import "fmt"

func main() {
	base := [8]int{0, 1, 2, 3, 4, 5, 6, 7}
	s := base[2:4:6]
	fmt.Println(s, len(s), cap(s))
	s = append(s, 100) // fits in capacity: overwrites base[4]
	fmt.Println(s, base)
	s = append(s, 101) // still fits: base[5]
	fmt.Println(base)
	s = append(s, 102) // exceeds cap 4: reallocates
	s[0] = -1
	fmt.Println(s, base)
	t := base[:0:0]
	t = append(t, 9)
	fmt.Println(t, base[0])
	sl := []int{0, 1, 2, 3, 4, 5}
	u := sl[1:3:4]
	fmt.Println(u, len(u), cap(u))
	u = u[:cap(u)]
	fmt.Println(u)
	v := sl[:2:2]
	w := append(v, 50)
	fmt.Println(sl, w)
	full := sl[0:len(sl):cap(sl)]
	fmt.Println(len(full), cap(full))
	p := &base
	q := p[1:3:5]
	fmt.Println(q, cap(q))
	e := sl[6:6:6]
	fmt.Println(len(e), cap(e), e == nil)
	str := "hello"
	fmt.Println(str[1:3], str[:0] == "", str[5:])
}
