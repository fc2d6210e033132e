package main

import "fmt"

func sumDefers(n int) (total int) {
	for i := 1; i <= n; i++ {
		defer func(k int) { total += k }(i)
	}
	return 0
}

func orderCheck(n int) (out []int) {
	for i := 0; i < n; i++ {
		defer func() { out = append(out, i) }()
	}
	return nil
}

func recursiveDefer(depth int, log *[]int) {
	if depth == 0 {
		return
	}
	defer func() { *log = append(*log, depth) }()
	recursiveDefer(depth-1, log)
}

func main() {
	fmt.Println(sumDefers(1000))
	o := orderCheck(10)
	fmt.Println(o)
	var log []int
	recursiveDefer(8, &log)
	fmt.Println(log)
	cnt := 0
	for i := 0; i < 100; i++ {
		func() {
			defer func() { cnt++ }()
			if i%2 == 0 {
				return
			}
			cnt += 10
		}()
	}
	fmt.Println(cnt)
}
