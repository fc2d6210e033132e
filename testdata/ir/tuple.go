// Multiple assignment: operands first, then stores left to right.
package main

func swap(a []int, i, j int) { a[i], a[j] = a[j], a[i] }

func pair() (int, string) { return 1, "x" }

func use() int {
	n, s := pair()
	return n + len(s)
}

func main() {}
