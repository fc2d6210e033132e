package main

import "fmt"

func seq(lo, hi int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := lo; i < hi; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func filter(it func(func(int) bool), pred func(int) bool) func(func(int) bool) {
	return func(yield func(int) bool) {
		for v := range it {
			if pred(v) && !yield(v) {
				return
			}
		}
	}
}

func mapIt(it func(func(int) bool), f func(int) int) func(func(int) bool) {
	return func(yield func(int) bool) {
		it(func(v int) bool { return yield(f(v)) })
	}
}

func collect(it func(func(int) bool)) []int {
	var out []int
	for v := range it {
		out = append(out, v)
	}
	return out
}

func safeSum(it func(func(int) bool)) (s int, err any) {
	defer func() { err = recover() }()
	for v := range it {
		if v == 13 {
			panic(fmt.Sprint("unlucky ", v))
		}
		s += v
	}
	return s, nil
}

func main() {
	evens := filter(seq(0, 20), func(v int) bool { return v%2 == 0 })
	fmt.Println(collect(evens))
	sq := mapIt(evens, func(v int) int { return v * v })
	fmt.Println(collect(sq))
	for v := range sq {
		if v > 50 {
			fmt.Println("first square > 50:", v)
			break
		}
	}
	fmt.Println(safeSum(seq(0, 10)))
	fmt.Println(safeSum(seq(10, 20)))
	grid := 0
	for i := range seq(0, 4) {
		for j := range seq(0, 4) {
			if j > i {
				break
			}
			grid += i*10 + j
		}
	}
	fmt.Println(grid)
}
