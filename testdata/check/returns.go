package main

func a() int {
	return // ERROR "not enough return values"
}

func b() (int, string) {
	return 1 // ERROR "not enough return values"
}

func c() {
	return 1 // ERROR "too many return values"
}

func d(x int) int {
	if x > 0 {
		return 1
	}
} // ERROR "missing return"

func e(x int) int {
	for {
	}
}

func f(x int) int {
	switch x {
	case 1:
		return 1
	default:
		panic("no")
	}
}

func main() {
	println(a(), c, d(1), e(1), f(1))
	b()
}
