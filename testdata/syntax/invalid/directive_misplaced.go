package main

//go:noinline
func ok() int { return 1 }

//go:nosplit // ERROR "misplaced compiler directive"
var v = 2

type (
	A int
	//go:noinline // ERROR "misplaced compiler directive"
	B int
)

//go:norace
//go:noinline
func ok2() {}

func main() {
	//go:noinline // ERROR "misplaced compiler directive"
	const k = 3
	_ = ok() + v + k
	ok2()
}
