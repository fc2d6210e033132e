package main

type I interface{ M() }

type P *int

type PS *S

type S struct{}

func (i I) Bad() {} // ERROR "invalid receiver type I \\(pointer or interface type\\)"

func (p P) Bad2() {} // ERROR "invalid receiver type P \\(pointer or interface type\\)"

func (p **S) Bad3() {} // ERROR "invalid receiver type \\*\\*S"

func (p PS) Bad4() {} // ERROR "invalid receiver type PS \\(pointer or interface type\\)"

func (s S) Good() {}

func main() {
	var s S
	s.Good()
}
