// Pointers to locals passed to functions that keep, return or store them.
package main

import "fmt"

type T struct {
	v    int
	next *T
}

var global *T

func keepIt(p *T) { global = p }

func through(p *T) *T { return p }

func setVia(pp **T, p *T) { *pp = p }

func readOnly(p *T) int { return p.v * 2 }

func link(a, b *T) { a.next = b }

type box struct{ p *T }

func (b *box) put(p *T) { b.p = p }

func stored() *T {
	t := T{v: 7}
	keepIt(&t)
	return nil
}

func returned() *T {
	t := T{v: 8}
	return through(&t)
}

func viaParam() *T {
	var out *T
	t := T{v: 9}
	setVia(&out, &t)
	return out
}

func chainDepth(n int, parent *T) int {
	f := T{v: n, next: parent}
	if n == 0 {
		s := 0
		for p := &f; p != nil; p = p.next {
			s += p.v
		}
		return s
	}
	return chainDepth(n-1, &f)
}

func linked() *T {
	a := &T{v: 1}
	b := &T{v: 2}
	link(a, b)
	return a.next
}

func methodStore() *T {
	var b box
	t := &T{v: 11}
	b.put(t)
	return b.p
}

func ifaceOut() any {
	t := T{v: 12}
	var x any = &t
	return x
}

func copyOut() []*T {
	src := []*T{{v: 13}, {v: 14}}
	dst := make([]*T, 2)
	copy(dst, src)
	return dst
}

func mapOut(m map[string]*T) {
	t := T{v: 15}
	m["k"] = &t
}

func panicOut() (r *T) {
	defer func() {
		r = recover().(*T)
	}()
	t := T{v: 16}
	panic(&t)
}

func main() {
	stored()
	r := returned()
	v := viaParam()
	l := linked()
	ms := methodStore()
	x := ifaceOut().(*T)
	c := copyOut()
	m := map[string]*T{}
	mapOut(m)
	p := panicOut()
	// Overwrite the stack with other calls before reading.
	fmt.Println(chainDepth(10, nil), readOnly(&T{v: 3}))
	fmt.Println(global.v, r.v, v.v, l.v, ms.v, x.v, c[0].v, c[1].v, m["k"].v, p.v)
}
