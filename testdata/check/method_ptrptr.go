package main

type T struct{ n int }

func (t *T) Inc() { t.n++ }

func (t T) Get() int { return t.n }

func main() {
	t := &T{}
	pp := &t
	pp.Inc() // ERROR "pp\\.Inc undefined \\(type \\*\\*T has no field or method Inc\\)"
	_ = pp.Get() // ERROR "pp\\.Get undefined \\(type \\*\\*T has no field or method Get\\)"
	_ = pp.n // ERROR "pp\\.n undefined \\(type \\*\\*T has no field or method n\\)"
	(*pp).Inc()
	_ = (**pp).Get()
	var ppp ***T
	ppp.Inc() // ERROR "ppp\\.Inc undefined \\(type \\*\\*\\*T has no field or method Inc\\)"
}
