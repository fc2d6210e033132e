package main

type T struct{ n int }

func (t *T) Inc() { t.n++ }

func (t T) Get() int { return t.n }

func makeT() T { return T{} }

func main() {
	T{}.Inc() // ERROR "cannot call pointer method Inc on T"
	makeT().Inc() // ERROR "cannot call pointer method Inc on T"
	m := map[string]T{}
	m["a"].Inc() // ERROR "cannot call pointer method Inc on T"
	_ = T{}.Get()
	var t T
	t.Inc()
	f := makeT().Inc // ERROR "cannot call pointer method Inc on T"
	_ = f
}
