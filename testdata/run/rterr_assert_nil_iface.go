package main

import "fmt"

func get(m map[string]any, k string) int {
	return m[k].(int)
}

func getOr(m map[string]any, k string, def int) int {
	if v, ok := m[k].(int); ok {
		return v
	}
	return def
}

func main() {
	m := map[string]any{"a": 1, "b": 2, "s": "str", "n": nil}
	fmt.Println(get(m, "a") + get(m, "b"))
	v, ok := m["zzz"].(int)
	fmt.Println(v, ok)
	fmt.Println(getOr(m, "s", -1), getOr(m, "n", -2), getOr(m, "zzz", -3), getOr(m, "a", -4))
	val, present := m["n"]
	fmt.Println(val, present, val == nil)
	var e any
	_, isNil := e.(interface{})
	fmt.Println("nil any asserted to any:", isNil)
	s, ok := m["s"].(string)
	fmt.Println(s, ok)
	fmt.Println("asserting a missing key")
	fmt.Println(get(m, "zzz"))
}
