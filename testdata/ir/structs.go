// Struct fields, arrays by value, pointers with nil checks.
package main

type P struct{ x, y int }
type Line struct {
	a, b P
	tag  string
}

func field(l Line) int    { return l.b.y }
func viaPtr(l *Line) int  { l.a.x = 3; return l.a.x }
func arr(a [4]int, i int) int { return a[i] }
func cmp(p, q P) bool      { return p == q }

func main() {}
