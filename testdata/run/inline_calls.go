// Small functions inlined at their call sites keep Go's semantics:
// parameters are copies, locals are fresh on every call (also in loops),
// panics inside recover in the caller, results may be ignored.
package main

import "fmt"

type V struct{ X, Y int }

func (v V) Add(w V) V      { return V{v.X + w.X, v.Y + w.Y} }
func (v *V) Bump()         { v.X++ }
func (v V) Swap() (int, int) { return v.Y, v.X }

func clamp(x, lo, hi int) int {
	if x < lo {
		return lo
	}
	if x > hi {
		return hi
	}
	return x
}

func fill(n int) [4]int {
	var a [4]int
	for i := 0; i < n && i < 4; i++ {
		a[i] = i + 1
	}
	return a
}

func partial(k int) V {
	var v V
	if k > 0 {
		v.X = k
	}
	return v
}

func addr(x int) *int {
	x *= 2
	return &x
}

func div(a, b int) int { return a / b }

func safeDiv(a, b int) (q int, err any) {
	defer func() { err = recover() }()
	return div(a, b), nil
}

func modify(v V) V {
	v.X = 100
	return v
}

func fact(n int) int {
	if n <= 1 {
		return 1
	}
	return n * fact(n-1)
}

func twice(f func(int) int, x int) int { return f(f(x)) }

func inc(x int) int { return x + 1 }

func main() {
	sum := V{}
	for i := 0; i < 5; i++ {
		sum = sum.Add(V{i, -i})
	}
	fmt.Println(sum)
	p := &sum
	p.Bump()
	a, b := sum.Swap()
	fmt.Println(sum, a, b)
	fmt.Println(clamp(-5, 0, 10), clamp(50, 0, 10), clamp(7, 0, 10))
	for n := 0; n < 6; n += 2 {
		fmt.Println(fill(n))
	}
	for k := 1; k >= -1; k-- {
		fmt.Println(partial(k))
	}
	ptrs := []*int{}
	for i := 0; i < 3; i++ {
		ptrs = append(ptrs, addr(i))
	}
	fmt.Println(*ptrs[0], *ptrs[1], *ptrs[2])
	fmt.Println(safeDiv(7, 2))
	fmt.Println(safeDiv(7, 0))
	orig := V{1, 2}
	changed := modify(orig)
	fmt.Println(orig, changed)
	clamp(1, 2, 3) // result ignored
	fmt.Println(fact(10), twice(inc, 5))
}
