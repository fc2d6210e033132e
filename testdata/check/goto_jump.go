package main

func a() {
	goto L // ERROR "goto L jumps over declaration of x at \\./goto_jump\\.go:5:4"
	x := 1
	_ = x
L:
}

func b() {
	goto M // ERROR "goto M jumps into block starting at \\./goto_jump\\.go:12:2"
	{
	M:
	}
}

func c(n int) {
	goto N // ERROR "goto N jumps into block starting at \\./goto_jump\\.go:19:11"
	if n > 0 {
	N:
		println(n)
	}
}

func d() {
	goto P // ERROR "goto P jumps over declaration of y at \\./goto_jump\\.go:27:6"
	var y, z int
	_, _ = y, z
P:
	println()
}

func e() {
	for i := 0; i < 3; i++ {
	Q:
		println(i)
	}
	goto Q // ERROR "goto Q jumps into block starting at \\./goto_jump\\.go:34:25"
}

func main() {
	a()
	b()
	c(1)
	d()
	e()
}
