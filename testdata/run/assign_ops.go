package main

import "fmt"

type P struct{ X int }

func main() {
	x := 10
	x += 5
	x -= 3
	x *= 4
	x /= 6
	x %= 5
	fmt.Println(x)
	u := uint8(0xF0)
	u |= 0x0F
	u &= 0x3C
	u ^= 0xFF
	u <<= 1
	u >>= 2
	u &^= 0x01
	fmt.Println(u)
	s := "go"
	s += "lang"
	s += s
	fmt.Println(s)
	arr := [3]int{1, 2, 3}
	calls := 0
	index := func() int { calls++; return 1 }
	arr[index()] += 10 // index evaluated once
	arr[index()] *= 2
	fmt.Println(arr, calls)
	p := &P{1}
	p.X += 41
	fmt.Println(p.X)
	m := map[string][]int{}
	m["k"] = append(m["k"], 1, 2)
	m["k"][0] += 100
	fmt.Println(m)
	f := 1.5
	f *= 2
	f -= 0.5
	fmt.Println(f)
	c := 1 + 1i
	c *= c
	fmt.Println(c)
	var i8 int8 = 100
	i8 += 100
	fmt.Println(i8)
	pp := &arr
	pp[0]++
	pp[2]--
	fmt.Println(arr)
	var _, second = 1, 2
	fmt.Println(second)
	a, b, cc := func() (int, string, bool) { return 1, "s", true }()
	fmt.Println(a, b, cc)
	var ok bool
	var val any = 3
	_, ok = val.(int)
	fmt.Println(ok)
}
