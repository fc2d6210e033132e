package main

type T struct{}

func (T) Val() int { return 1 }

func (*T) Ptr() int { return 2 }

func main() {
	_ = T.Ptr // ERROR "invalid method expression T\\.Ptr \\(needs pointer receiver \\(\\*T\\)\\.Ptr\\)"
	_ = T.Nope // ERROR "T\\.Nope undefined \\(type T has no field or method Nope\\)"
	_ = (*T).Nope // ERROR "\\(\\*T\\)\\.Nope undefined \\(type \\*T has no field or method Nope\\)"
	f := T.Val
	_ = f(T{})
	_ = f() // ERROR "not enough arguments in call to f"
	g := (*T).Ptr
	_ = g(T{}) // ERROR "cannot use T\\{\\} \\(value of type T\\) as \\*T value in argument to g"
	_ = (*T).Val
}
