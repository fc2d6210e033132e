// String concatenation, comparison, indexing and conversions.
package main

func cat(a, b string) string    { return a + b }
func less(a, b string) bool     { return a < b }
func at(s string, i int) byte   { return s[i] }
func toBytes(s string) []byte   { return []byte(s) }
func fromRune(r rune) string    { return string(r) }

func main() {}
