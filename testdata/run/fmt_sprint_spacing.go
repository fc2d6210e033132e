package main

import "fmt"

type S struct{ V int }

func main() {
	// Sprint adds spaces only between operands when neither is a string.
	fmt.Println(fmt.Sprint("a", "b"))
	fmt.Println(fmt.Sprint(1, 2))
	fmt.Println(fmt.Sprint("a", 1, 2, "b"))
	fmt.Println(fmt.Sprint(1, "a", 2))
	fmt.Println(fmt.Sprint(1.5, true, nil))
	fmt.Println(fmt.Sprint(S{1}, S{2}))
	fmt.Println(fmt.Sprint([]int{1}, []int{2}))
	fmt.Println(fmt.Sprint(errT{}, errT{}))
	// Sprintln always adds spaces.
	fmt.Print(fmt.Sprintln("a", "b", 1, 2))
	fmt.Println("x", 1, "y", 2.0, 'c', true)
	fmt.Print("no", "spaces", "\n")
	fmt.Print(1, 2, "\n")
	fmt.Print("a", 1, "\n")
	n, err := fmt.Println("count me")
	fmt.Println(n, err)
	n, _ = fmt.Printf("%d-%s\n", 5, "five")
	fmt.Println(n)
	n, _ = fmt.Print("ab", "\n")
	fmt.Println(n)
}

type errT struct{}

func (errT) Error() string { return "E" }
