package main

type P struct {
	x   int
	arr [2]int
}

func main() {
	m := map[string]P{"a": {1, [2]int{}}}
	m["a"].x = 5 // ERROR "cannot assign to struct field m\\[\"a\"\\]\\.x in map"
	m["a"].x++ // ERROR "cannot assign to struct field m\\[\"a\"\\]\\.x in map"
	m["a"].arr[0] = 1 // ERROR "cannot assign to m\\[\"a\"\\]\\.arr\\[0\\] \\(neither addressable nor a map index expression\\)"
	m["a"].x += 2 // ERROR "cannot assign to struct field m\\[\"a\"\\]\\.x in map"
	pm := map[string]*P{"a": {}}
	pm["a"].x = 5
	_ = m
}
