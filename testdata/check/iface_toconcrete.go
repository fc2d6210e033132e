package main

type I interface{ M() }

type T struct{}

func (T) M() {}

func takeT(t T) {}

func main() {
	var i I = T{}
	var t T = i // ERROR "cannot use i \\(variable of type I\\) as T value in variable declaration: need type assertion"
	t = i // ERROR "cannot use i \\(variable of type I\\) as T value in assignment: need type assertion"
	takeT(i) // ERROR "cannot use i \\(variable of type I\\) as T value in argument to takeT: need type assertion"
	var e interface{} = 5
	var n int = e // ERROR "cannot use e \\(variable of type interface\\{\\}\\) as int value in variable declaration: need type assertion"
	var s string
	s = e // ERROR "cannot use e \\(variable of type interface\\{\\}\\) as string value in assignment: need type assertion"
	_, _ = t, s
	_ = n
}
