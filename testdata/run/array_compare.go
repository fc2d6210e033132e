package main

import "fmt"

type Key [2]string

func main() {
	a := [3]int{1, 2, 3}
	b := [3]int{1, 2, 3}
	c := [3]int{1, 2, 4}
	fmt.Println(a == b, a != b, a == c, a != c)
	var z [3]int
	fmt.Println(z == [3]int{}, a == [3]int{1, 2, 3})
	f1 := [2]float64{0, 1}
	nan := f1[0] / f1[0]
	f2 := [2]float64{nan, 1}
	f3 := f2
	fmt.Println(f2 == f3, "NaN elements never equal")
	f4 := [2]float64{-f1[0], 1}
	fmt.Println(f1 == f4, "-0 equals +0")
	s1 := [2]string{"go", "lang"}
	s2 := [2]string{"go", "lan" + "g"}
	fmt.Println(s1 == s2)
	k1 := Key{"a", "b"}
	k2 := Key(s1)
	fmt.Println(k1 == Key{"a", "b"}, k2 == Key{"go", "lang"})
	nested1 := [2][2]int{{1, 2}, {3, 4}}
	nested2 := nested1
	fmt.Println(nested1 == nested2)
	nested2[1][1] = 5
	fmt.Println(nested1 == nested2)
	i1 := [2]any{1, "x"}
	i2 := [2]any{1, "x"}
	i3 := [2]any{1.0, "x"}
	fmt.Println(i1 == i2, i1 == i3)
	type S struct {
		A [2]int
		B string
	}
	fmt.Println(S{[2]int{1, 2}, "b"} == S{A: [2]int{1, 2}, B: "b"})
	var e1, e2 [0]int
	fmt.Println(e1 == e2, len(e1))
}
