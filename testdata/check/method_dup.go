package main

type T struct {
	M int
	n int
}

func (T) M() {} // ERROR "field and method with the same name M"

func (t T) Get() int { return t.n }

func (t *T) Get() int { return t.n } // ERROR "method T\\.Get already declared at \\./method_dup\\.go:10:12"

func (T) Put() {}

func (T) Put() {} // ERROR "method T\\.Put already declared at \\./method_dup\\.go:14:10"

func main() {
	var t T
	_ = t.n
}
