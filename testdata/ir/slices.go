// Slice indexing, slicing, append and copy.
package main

func get(s []int, i int) int      { return s[i] }
func sub(s []int, i, j int) []int { return s[i:j] }
func push(s []int, v int) []int   { return append(s, v) }
func cp(d, s []byte) int          { return copy(d, s) }
func lit() []int                  { return []int{1, 2, 3} }

func main() {}
