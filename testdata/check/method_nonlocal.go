package main

type MyInt int

type IntAlias = int

func (i int) Double() int { return i * 2 } // ERROR "cannot define new methods on non-local type int"

func (s string) Len() int { return len(s) } // ERROR "cannot define new methods on non-local type string"

func (a IntAlias) Triple() int { return a * 3 } // ERROR "cannot define new methods on non-local type IntAlias"

func (m MyInt) Double() MyInt { return m * 2 }

func (e error) Wrap() error { return e } // ERROR "cannot define new methods on non-local type error"

func main() {
	var m MyInt
	_ = m.Double()
}
