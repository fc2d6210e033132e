package main

func two() (int, int) { return 1, 2 }

func one(a int) int { return a }

func none() {}

func main() {
	one() // ERROR "not enough arguments in call to one"
	one(1, 2) // ERROR "too many arguments in call to one"
	one("x") // ERROR "cannot use \"x\" \\(untyped string constant\\) as int value in argument to one"
	x := none() // ERROR "none\\(\\) \\(no value\\) used as value"
	a, b, c := two() // ERROR "assignment mismatch: 3 variables but two returns 2 values"
	var d int = two() // ERROR "multiple-value two\\(\\) \\(value of type \\(int, int\\)\\) in single-value context"
	println(one(two())) // ERROR "too many arguments in call to one"
	println(x, a, b, c, d)
}
