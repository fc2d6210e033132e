package main

func main() {
	m := map[string]int{"a": 1}
	_ = &m["a"] // ERROR "invalid operation: cannot take address of m\\[\"a\"\\] \\(map index expression of type int\\)"
	var n map[string]int
	_ = m == n // ERROR "invalid operation: m == n \\(map can only be compared to nil\\)"
	_ = m == nil
	_ = m["a"]
	_ = m[1] // ERROR "cannot use 1 \\(untyped int constant\\) as string value in map index"
	m[2] = 3 // ERROR "cannot use 2 \\(untyped int constant\\) as string value in map index"
	v, ok, extra := m["a"] // ERROR "assignment mismatch: 3 variables but 1 value"
	_, _, _ = v, ok, extra
	var ok2 int
	_, ok2 = m["a"] // ERROR "cannot use m\\[\"a\"\\] \\(untyped bool value\\) as int value in assignment"
	_ = ok2
}
