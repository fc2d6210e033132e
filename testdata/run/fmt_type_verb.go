package main

import "fmt"

type T struct{ A int }
type Handler func(int) string
type Ints []int
type E string

func (e E) Error() string { return string(e) }

type Iface interface{ M() }

func main() {
	vals := []any{
		1, int8(1), uint(1), 1.5, float32(1.5), 1 + 2i, "s", 'r', byte('b'), true, nil,
		T{}, &T{}, []int{}, [3]int{}, map[string]int{}, map[T][]string{},
		func(int) string { return "" }, Handler(nil), Ints{}, E("e"),
		[]any{}, struct{}{}, struct{ X, Y int }{}, new(int), new(*int), []*T{},
		func() {}, func(a, b int, c ...string) (int, error) { return 0, nil },
	}
	for _, v := range vals {
		fmt.Printf("%T\n", v)
	}
	var err error = E("x")
	fmt.Printf("%T %T\n", err, &err)
	fmt.Println(fmt.Sprintf("%T", map[string][]map[int]bool{}))
	var ifc Iface
	fmt.Printf("%T %T\n", ifc, &ifc)
	fmt.Printf("%T %T %T\n", uint16(1), int64(1), uintptr(1))
	fmt.Printf("%T %T\n", complex64(1), [2][3]float32{})
	fmt.Printf("%T|%10T|%-10T|\n", 1, "s", true)
	type Local struct{ B bool }
	fmt.Printf("%T %T\n", Local{}, []Local{})
	fmt.Printf("%T\n", struct {
		A int `tag:"x"`
		b string
	}{})
}
