package main

import "fmt"

var log []string

func items(yield func(int, string) bool) {
	defer func() { log = append(log, "iterator cleanup") }()
	names := []string{"zero", "one", "two", "three"}
	for i, n := range names {
		if !yield(i, n) {
			return
		}
	}
}

func find(target string) (int, bool) {
	for i, n := range items {
		if n == target {
			return i, true // return from inside the loop body
		}
	}
	return -1, false
}

func withDefer() {
	// defers inside a range-over-func body run when the enclosing function returns
	for i, n := range items {
		defer func() { log = append(log, fmt.Sprint("deferred ", i, " ", n)) }()
		if i == 2 {
			break
		}
	}
	log = append(log, "loop finished")
}

func namedResult() (res string) {
	defer func() { res += " (deferred)" }()
	for _, n := range items {
		if n == "two" {
			res = "found " + n
			return
		}
	}
	return "nope"
}

func main() {
	fmt.Println(find("two"))
	fmt.Println(find("nine"))
	fmt.Println(log)
	log = nil
	withDefer()
	for _, l := range log {
		fmt.Println(l)
	}
	log = nil
	fmt.Println(namedResult())
	fmt.Println(log)
}
