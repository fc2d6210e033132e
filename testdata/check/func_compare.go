package main

func a() {}
func b() {}

func main() {
	f := a
	g := b
	_ = f == g // ERROR "invalid operation: f == g \\(func can only be compared to nil\\)"
	_ = f != g // ERROR "invalid operation: f != g \\(func can only be compared to nil\\)"
	_ = a == b // ERROR "invalid operation: a == b \\(func can only be compared to nil\\)"
	_ = f == nil
	h := func(x int) int { return x }
	_ = h == h // ERROR "invalid operation: h == h \\(func can only be compared to nil\\)"
	var fs []func()
	_ = fs == nil
	m := map[func()]int{} // ERROR "invalid map key type func\\(\\)"
	_ = m
}
