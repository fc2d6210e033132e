package main

import "fmt"

type Animal interface{ Sound() string }
type Cat struct{}

func (*Cat) Sound() string { return "meow" }

func kind(a Animal) string {
	switch v := a.(type) {
	case nil:
		return "nil interface"
	case *Cat:
		if v == nil {
			return "nil *Cat inside interface"
		}
		return "cat says " + v.Sound()
	default:
		return fmt.Sprintf("unexpected %T", v)
	}
}

func main() {
	var a Animal
	fmt.Println(kind(a))
	var c *Cat
	fmt.Println(kind(c))
	fmt.Println(kind(&Cat{}))
	var x any = 3
	switch x.(type) {
	default:
		fmt.Println("default first in source")
	case string:
		fmt.Println("string")
	}
	switch y := x.(type) {
	case int, string:
		fmt.Printf("%T %v\n", y, y)
	}
	x = nil
	switch y := x.(type) {
	case nil:
		fmt.Println("nil case", y == nil)
	default:
		fmt.Println("default")
	}
	vals := []any{1, "a", 2.0, nil, []int{}}
	counts := [4]int{}
	for _, v := range vals {
		switch v.(type) {
		case int, float64:
			counts[0]++
		case string:
			counts[1]++
		case nil:
			counts[2]++
		default:
			counts[3]++
		}
	}
	fmt.Println(counts)
}
