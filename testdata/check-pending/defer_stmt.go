package main

func f() int { return 1 }

func g() {}

type T struct{}

func (T) M() {}

func main() {
	s := []int{1, 2}
	defer len(s) // ERROR "defer discards result of len\\(s\\) \\(value of type int\\)"
	defer cap(s) // ERROR "defer discards result of cap\\(s\\) \\(value of type int\\)"
	defer f // ERROR "expression in defer must be function call"
	defer g()
	defer append(s, 1) // ERROR "defer discards result of append\\(s, 1\\) \\(value of type \\[\\]int\\)"
	defer new(int) // ERROR "defer discards result of new\\(int\\) \\(value of type \\*int\\)"
	defer T{} // ERROR "expression in defer must be function call"
	defer T{}.M()
	defer (g()) // ERROR "expression in defer must not be parenthesized"
	defer copy(s, s)
	defer print(1)
	defer int(3) // ERROR "defer requires function call, not conversion int\\(3\\) \\(constant 3 of type int\\)"
}
