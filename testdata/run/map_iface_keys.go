package main

import "fmt"

type ID int
type Name string

func main() {
	m := map[any]string{}
	m[1] = "int 1"
	m[int64(1)] = "int64 1"
	m[ID(1)] = "ID 1"
	m["1"] = "string 1"
	m[Name("1")] = "Name 1"
	m[1.0] = "float 1"
	m[true] = "bool"
	m[[2]int{1, 1}] = "array"
	m[struct{ A int }{1}] = "struct"
	var nilKey any
	m[nilKey] = "nil"
	fmt.Println(len(m))
	fmt.Println(m[1], "|", m[int64(1)], "|", m[ID(1)], "|", m["1"], "|", m[Name("1")])
	fmt.Println(m[1.0], "|", m[true], "|", m[[2]int{1, 1}], "|", m[struct{ A int }{1}], "|", m[nil])
	_, ok := m[int8(1)]
	fmt.Println("int8 present:", ok)
	m[1] = "int 1 again"
	fmt.Println(len(m), m[1])
	delete(m, ID(1))
	fmt.Println(len(m), m[ID(1)] == "")
	var e error
	errs := map[error]int{e: 5}
	fmt.Println(errs[nil], len(errs))
	type S interface{ String() string }
	sm := map[fmt.Stringer]int{}
	fmt.Println(len(sm), sm[nil])
	counts := map[any]int{}
	for _, v := range []any{1, "a", 1, 2.5, "a", 1, int32(1)} {
		counts[v]++
	}
	fmt.Println(counts[1], counts["a"], counts[2.5], counts[int32(1)], len(counts))
}
