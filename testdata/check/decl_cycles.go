package main

import "unsafe"

const ca = cb // ERROR "initialization cycle for ca"
const cb = ca

var x struct { // ERROR "initialization cycle: x refers to itself"
	a [len(x.a)]int
}

var p = q // ERROR "initialization cycle for p"
var q = p

var s = f() // ERROR "initialization cycle for s"

func f() int { return s }

var u int = v // ERROR "initialization cycle for u"
var v = g()

func g() int { return u }

type T [len(w)]int // ERROR "invalid recursive type T"

var w T

type A = B // ERROR "invalid recursive type A"
type B = A

type C = C // ERROR "invalid recursive type: C refers to itself"

func h(x h) {} // ERROR "h is not a type"

var y = func() int { return y }() // ERROR "initialization cycle: y refers to itself"

const k = k // ERROR "initialization cycle: k refers to itself"

var z struct { // ERROR "initialization cycle: z refers to itself"
	a [unsafe.Sizeof(z.a)]int
}

const cx cx = 2 // ERROR "cx is not a type"

var vv vv = 2 // ERROR "vv is not a type"

const cc [cc]int = 1 // ERROR "initialization cycle: cc refers to itself"

type List struct {
	next *List
	vals [len(ok)]int
}

var ok = [2]int{1, 2}

var m1 = meth() // ERROR "initialization cycle for m1"

func meth() int { var t R; return t.get() }

type R struct{}

func (R) get() int { return m1 }

func main() {
	type L = L // ERROR "invalid recursive type: L refers to itself"
}
