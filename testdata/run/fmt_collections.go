package main

import "fmt"

type K struct {
	A int
	B string
}

func main() {
	fmt.Println([]int{1, 2, 3}, []string{}, []int(nil))
	fmt.Println([3]bool{true}, [0]int{})
	fmt.Println([][]int{{1}, {2, 3}, nil})
	m := map[string]int{"z": 26, "a": 1, "m": 13}
	fmt.Println(m)
	fmt.Printf("%v|%+v\n", m, m)
	mi := map[int]string{10: "ten", -5: "neg", 0: "zero"}
	fmt.Println(mi)
	mk := map[K]bool{{2, "b"}: true, {1, "z"}: false, {1, "a"}: true}
	fmt.Println(mk)
	mf := map[float64]int{2.5: 1, -1: 2, 0: 3}
	fmt.Println(mf)
	mb := map[bool]int{true: 1, false: 0}
	fmt.Println(mb)
	var nm map[string]int
	fmt.Println(nm, len(nm))
	nested := map[string][]int{"b": {2}, "a": {1, 1}}
	fmt.Println(nested)
	ptrs := []*int{nil}
	fmt.Println(ptrs)
	ifs := []any{1, "a", nil, []int{2}, map[string]int{"k": 1}}
	fmt.Println(ifs)
	fmt.Printf("%v\n", [2][2]string{{"a", "b"}, {"c", "d"}})
	fmt.Printf("%q\n", map[string]string{"k": "v"})
	fmt.Printf("%d\n", map[string]int{"x": 1})
	fmt.Printf("%x\n", "hi")
	fmt.Printf("%v %d\n", []byte("AB"), []byte("AB"))
	fmt.Printf("%.1f\n", []float64{1, 2.25})
	fmt.Println(fmt.Sprint([]string{"a"}, []string{"b"}))
	// Keys of one dynamic type sort by value. (Keys of different types
	// sort by the address of their type descriptors: linker-dependent.)
	mm := map[any]int{"b": 1, "c": 2, "a": 3}
	mn := map[any]string{3: "c", 1: "a", 2: "b"}
	fmt.Println(mm, mn)
}
