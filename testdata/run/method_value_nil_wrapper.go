package main

import "fmt"

type T struct{ a int }

func (t T) Get() int { return t.a }

type N int

func (n N) Twice() int { return int(n) * 2 }

type G interface{ Get() int }
type W interface{ Twice() int }

var gs = []G{T{1}, (*T)(nil)}
var ws = map[string]W{"nil": (*N)(nil)}

func try(name string, f func()) {
	defer func() { fmt.Println(name, "->", recover()) }()
	f()
}

func main() {
	try("iface value", func() { fmt.Println(gs[0].Get()) })
	try("iface nil *T", func() { gs[1].Get() })
	try("iface nil *N", func() { ws["nil"].Twice() })
	f := (*T).Get
	try("method expr", func() { f(nil) })
	var p *T
	try("method value", func() { _ = p.Get })
}
