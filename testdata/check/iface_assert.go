package main

type Stringer interface {
	String() string
}

type Named struct{}

func (*Named) String() string { return "n" }

type Other struct{}

func main() {
	var s Stringer = &Named{}
	_ = s.(Named) // ERROR "impossible type assertion: s\\.\\(Named\\)"
	_ = s.(Other) // ERROR "impossible type assertion: s\\.\\(Other\\)"
	_ = s.(int) // ERROR "impossible type assertion: s\\.\\(int\\)"
	n := 5
	_ = n.(int) // ERROR "invalid operation: n \\(variable of type int\\) is not an interface"
	_ = s.(*Named)
	var e interface{} = 1
	_ = e.(Other)
}
