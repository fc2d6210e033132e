package main

type P struct{ X, Y int }

func main() {
	_ = []P{{1, 2}, {Z: 3}} // ERROR "unknown field Z in struct literal of type struct\\{X int; Y int\\}"
	_ = map[string]P{"a": {1}} // ERROR "too few values in struct literal of type struct\\{X int; Y int\\}"
	_ = [2]P{{1, 2}, {3, 4}, {5, 6}} // ERROR "index 2 is out of bounds \\(>= 2\\)"
	_ = []*P{{1, 2}, {X: "x"}} // ERROR "cannot use \"x\" \\(untyped string constant\\) as int value in struct literal"
	_ = map[P]string{{1, 2}: "a", {1, 2}: "b"}
	_ = [][]int{{1, 2}, {"a"}} // ERROR "cannot use \"a\" \\(untyped string constant\\) as int value in array or slice literal"
	_ = []int{{1}} // ERROR "invalid composite literal type int"
	_ = P{1, {2}} // ERROR "missing type in composite literal"
}
