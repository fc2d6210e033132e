// Function literals: captured variables in cells, stack or heap.
package main

func local() int {
	n := 0
	inc := func() { n++ }
	inc()
	return n
}

func escaping() func() int {
	n := 0
	return func() int { n++; return n }
}

func methodValue(q *T) func() int { return q.Get }

type T struct{ v int }

func (t *T) Get() int { return t.v }

func main() {}
