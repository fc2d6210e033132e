package main

func main() {
	var a [3]int
	_ = a[5] // ERROR "invalid argument: index 5 out of bounds \\[0:3\\]"
	a[3] = 1 // ERROR "invalid argument: index 3 out of bounds \\[0:3\\]"
	_ = a[-1] // ERROR "invalid argument: index -1 \\(constant of type int\\) must not be negative"
	const k = 10
	_ = a[k] // ERROR "invalid argument: index 10 out of bounds \\[0:3\\]"
	p := &a
	_ = p[4] // ERROR "invalid argument: index 4 out of bounds \\[0:3\\]"
	i := 2
	_ = a[i]
	_ = [2]string{"x", "y"}[2] // ERROR "invalid argument: index 2 out of bounds \\[0:2\\]"
}
