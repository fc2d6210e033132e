package main

import "fmt"

type Queue struct {
	items []int
}

func (q *Queue) Push(v int)  { q.items = append(q.items, v) }
func (q *Queue) Front() int  { return q.items[0] }
func (q *Queue) Pop()        { q.items = q.items[1:] }
func (q *Queue) Empty() bool { return len(q.items) == 0 }

func main() {
	q := &Queue{}
	fmt.Println(q.Empty(), q.items == nil)
	for i := 1; i <= 3; i++ {
		q.Push(i * 7)
	}
	for !q.Empty() {
		fmt.Println("front", q.Front())
		q.Pop()
	}
	fmt.Println(q.Empty(), q.items == nil, len(q.items), cap(q.items))
	q.items = nil
	for _, v := range q.items {
		fmt.Println("never", v)
	}
	fmt.Println(len(q.items))
	fmt.Println(q.Front())
}
