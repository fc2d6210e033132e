// Escape analysis: what stays in the frame and what goes to the heap.
package main

type T struct{ v int }

var g *T

func stays() int { p := &T{1}; return p.v }
func leaves() *T { return &T{2} }
func stored()    { g = &T{3} }

func main() {}
