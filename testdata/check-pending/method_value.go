package main

type T struct{}

func (T) Add(a, b int) int { return a + b }

func (*T) Name() string { return "t" }

func main() {
	var t T
	f := t.Add
	_ = f(1) // ERROR "not enough arguments in call to f"
	_ = f(1, 2, 3) // ERROR "too many arguments in call to f"
	var g func(int) int = t.Add // ERROR "cannot use t\\.Add \\(value of type func\\(a int, b int\\) int\\) as func\\(int\\) int value in variable declaration"
	var h func() int = t.Name // ERROR "cannot use t\\.Name \\(value of type func\\(\\) string\\) as func\\(\\) int value in variable declaration"
	_ = T.Add(t, 1, 2)
	_ = T.Add(1, 2) // ERROR "not enough arguments in call to T\\.Add"
	_ = (*T).Name(t) // ERROR "cannot use t \\(variable of type T\\) as \\*T value in argument to \\(\\*T\\)\\.Name"
	_, _ = g, h
}
