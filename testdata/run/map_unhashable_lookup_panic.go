package main

import "fmt"

type Holder struct {
	Name string
	Data map[string]int
}

type Plain struct {
	Name string
	N    int
}

func main() {
	m := map[any]string{"a": "x", 2: "y"}
	fmt.Println(m["a"], m[2])
	m[Plain{"p", 1}] = "plain"
	fmt.Println(m[Plain{"p", 1}], m[Plain{"p", 2}] == "")
	_, ok := m[Plain{"q", 1}]
	fmt.Println(ok)
	var h *Holder = &Holder{"ptr", nil}
	m[h] = "pointer to struct with map: hashable"
	fmt.Println(m[h])
	delete(m, "a")
	fmt.Println(len(m))
	var k any = Holder{"h", nil}
	fmt.Println("looking up struct with map field")
	_, ok = m[k]
	fmt.Println("unreachable", ok)
}
