package main

import "fmt"

type Stack []int

func (s *Stack) Push(v int) { *s = append(*s, v) }
func (s *Stack) Pop() int {
	old := *s
	v := old[len(old)-1]
	*s = old[:len(old)-1]
	return v
}
func (s Stack) Peek() int   { return s[len(s)-1] }
func (s Stack) Empty() bool { return len(s) == 0 }

type Buf string

func (b *Buf) Write(s string) { *b += Buf(s) }

type Num int

func (n *Num) Inc() { *n++ }

func main() {
	var s Stack
	for i := 1; i <= 5; i++ {
		s.Push(i * i)
	}
	fmt.Println(s, s.Peek())
	for !s.Empty() {
		fmt.Print(s.Pop(), " ")
	}
	fmt.Println()
	var b Buf
	b.Write("hello")
	b.Write(", ")
	b.Write("world")
	fmt.Println(b, len(b))
	var n Num
	for i := 0; i < 10; i++ {
		n.Inc()
	}
	p := &n
	p.Inc()
	fmt.Println(n, *p)
	nums := []Num{1, 2, 3}
	for i := range nums {
		nums[i].Inc()
	}
	fmt.Println(nums)
	arr := [2]Stack{}
	arr[0].Push(7)
	arr[1].Push(8)
	arr[1].Push(9)
	fmt.Println(arr)
}
