package main

func main() {
	_ = map[string]int{"a": 1, "b": 2, "a": 3} // ERROR "duplicate key \"a\" in map literal"
	_ = map[int]bool{1: true, 2: false, 1: false} // ERROR "duplicate key 1 in map literal"
	_ = map[string]int{"x": 1, 2} // ERROR "missing key in map literal"
	_ = map[string]int{1: 1} // ERROR "cannot use 1 \\(untyped int constant\\) as string value in map literal"
	_ = map[string]int{"y": "z"} // ERROR "cannot use \"z\" \\(untyped string constant\\) as int value in map literal"
	_ = map[float64]string{1.0: "a", 1: "b"} // ERROR "duplicate key 1 in map literal"
	k := "a"
	_ = map[string]int{k: 1, k: 2}
}
