package main

type S struct{}

func (S) m[T any]() {}	// ERROR "syntax error: method must have no type parameters"

type I interface {
	n[T any]()	// ERROR "interface method must have no type parameters"
}
