package main

type T struct{ x int }

func get() T      { return T{} }
func num() int    { return 1 }
func ptr() *T     { return &T{} }

const K = 1

func main() {
	get().x = 1 // ERROR "cannot assign to get\\(\\)\\.x \\(neither addressable nor a map index expression\\)"
	num() = 2 // ERROR "cannot assign to num\\(\\) \\(neither addressable nor a map index expression\\)"
	K = 3 // ERROR "cannot assign to K \\(neither addressable nor a map index expression\\)"
	"abc" = "d" // ERROR "cannot assign to \"abc\" \\(neither addressable nor a map index expression\\)"
	len("a") = 1 // ERROR "cannot assign to len\\(\"a\"\\) \\(neither addressable nor a map index expression\\)"
	ptr().x = 4
	T{}.x = 5 // ERROR "cannot assign to T\\{\\}\\.x \\(neither addressable nor a map index expression\\)"
	var a [2]int
	a[0] = 1
	x := 1
	x + 1 = 2 // ERROR "cannot assign to x \\+ 1 \\(neither addressable nor a map index expression\\)"
	main = nil // ERROR "cannot assign to main \\(neither addressable nor a map index expression\\)"
	_ = x
}
