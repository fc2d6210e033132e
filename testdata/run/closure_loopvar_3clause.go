package main

import "fmt"

func main() {
	var fs []func() int
	for i := 0; i < 5; i++ {
		fs = append(fs, func() int { return i * 10 })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	// Modifying the loop variable inside the body affects the next iteration's copy.
	var gs []func() int
	for i := 0; i < 10; i++ {
		gs = append(gs, func() int { return i })
		i += 2
	}
	for _, g := range gs {
		fmt.Print(g(), " ")
	}
	fmt.Println()
	// Pointers to the loop variable are distinct per iteration.
	var ptrs []*int
	for i := 0; i < 3; i++ {
		ptrs = append(ptrs, &i)
	}
	fmt.Println(*ptrs[0], *ptrs[1], *ptrs[2], ptrs[0] != ptrs[1])
	// Closure that mutates the per-iteration variable.
	var incs []func() int
	for i := 0; i < 3; i++ {
		incs = append(incs, func() int { i += 100; return i })
	}
	fmt.Println(incs[0](), incs[0](), incs[1](), incs[2]())
	// A variable declared outside the loop is shared.
	var shared []func() int
	j := 0
	for j = 0; j < 3; j++ {
		shared = append(shared, func() int { return j })
	}
	for _, f := range shared {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	// Two loop variables.
	var pairs []func() string
	for a, b := 0, 10; a < 3; a, b = a+1, b-1 {
		pairs = append(pairs, func() string { return fmt.Sprint(a, ":", b) })
	}
	for _, p := range pairs {
		fmt.Print(p(), " ")
	}
	fmt.Println()
}
