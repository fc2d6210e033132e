// Interface boxing, dynamic calls, assertions and type switches.
package main

type Shape interface{ Area() int }
type Sq struct{ s int }

func (q Sq) Area() int { return q.s * q.s }

func box(q Sq) Shape      { return q }
func call(s Shape) int    { return s.Area() }
func assert(x any) (int, bool) {
	v, ok := x.(int)
	return v, ok
}
func kind(x any) int {
	switch x.(type) {
	case int:
		return 1
	case Shape:
		return 2
	}
	return 0
}

func main() {}
