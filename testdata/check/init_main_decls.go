package main

import init "fmt" // ERROR "cannot import package as init - init must be a func"

var init = 1 // ERROR "cannot declare init - must be func"

const init = 2 // ERROR "cannot declare init - must be func"

type init struct{} // ERROR "cannot declare init - must be func"

func init(x int) {} // ERROR "func init must have no arguments and no return values"

func init() int { return 1 } // ERROR "func init must have no arguments and no return values"

func init() // ERROR "missing function body"

type Op func(a, b int) (a int) // ERROR "a redeclared in this block"

type Shape interface {
	Area(w, w float64) (w2, w2 float64) // ERROR "w redeclared in this block" "w2 redeclared in this block"
	Scale(_, _ int)
}

func external(p, q int, p string) // ERROR "p redeclared in this block"

func main() {
	var f func(k int, k string) // ERROR "k redeclared in this block"
	_ = f
}
