package main

import "fmt"

type Stack struct{ data []int }

func (s *Stack) Pop() int {
	v := s.data[len(s.data)-1] // panics when empty
	s.data = s.data[:len(s.data)-1]
	return v
}

func safePop(s *Stack) (v int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("pop failed: %v", r)
		}
	}()
	return s.Pop(), nil
}

func deep(n int) int {
	if n == 0 {
		panic(fmt.Sprintf("bottom reached"))
	}
	return deep(n-1) + 1
}

func safeDeep(n int) (res int, msg string) {
	defer func() {
		if r := recover(); r != nil {
			msg = fmt.Sprint("caught: ", r)
			res = -1
		}
	}()
	return deep(n), "ok"
}

func main() {
	s := &Stack{[]int{1, 2}}
	for i := 0; i < 3; i++ {
		v, err := safePop(s)
		fmt.Println(v, err)
	}
	fmt.Println(safeDeep(10))
	count := 0
	for i := 0; i < 5; i++ {
		func() {
			defer func() {
				if recover() != nil {
					count++
				}
			}()
			if i%2 == 0 {
				panic(i)
			}
		}()
	}
	fmt.Println("recovered", count, "times")
	// Function continues after the recovering function returns.
	result := func() (r int) {
		defer func() {
			recover()
			r = 99
		}()
		var arr []int
		return arr[3]
	}()
	fmt.Println(result)
}
