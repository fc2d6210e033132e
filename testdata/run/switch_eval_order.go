package main

import "fmt"

var trace []string

func v(name string, x int) int {
	trace = append(trace, name)
	return x
}

func cond(name string, b bool) bool {
	trace = append(trace, name)
	return b
}

func main() {
	switch v("tag", 2) {
	case v("a", 1), v("b", 2), v("c", 3):
		trace = append(trace, "body1")
	case v("d", 2):
		trace = append(trace, "body2")
	}
	fmt.Println(trace)
	trace = nil
	switch {
	case cond("x", false):
	case cond("y", true):
		trace = append(trace, "y-body")
	case cond("z", true):
	}
	fmt.Println(trace)
	trace = nil
	switch x := v("init", 5); {
	case x > 10:
		trace = append(trace, "big")
	default:
		trace = append(trace, "default")
	case x > 3:
		trace = append(trace, "medium")
	}
	fmt.Println(trace)
	// switch with no matching case and no default
	matched := false
	switch 7 {
	case 1, 2, 3:
		matched = true
	}
	fmt.Println("matched", matched)
	// break inside switch inside loop
	out := []int{}
	for i := 0; i < 6; i++ {
		switch {
		case i == 2:
			continue
		case i == 4:
			break
		default:
			out = append(out, i)
			continue
		}
		out = append(out, -i)
	}
	fmt.Println(out)
	// switch on type of expression with duplicate-looking values of different types
	var a any = uint8(1)
	switch a {
	case 1:
		fmt.Println("int 1")
	case uint8(1):
		fmt.Println("uint8 1")
	}
}
