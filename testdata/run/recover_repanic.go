package main

import "fmt"

func cleanup(log *[]string) {
	if r := recover(); r != nil {
		*log = append(*log, fmt.Sprint("cleanup recovered: ", r))
		fmt.Println((*log)[len(*log)-1])
		panic(fmt.Sprintf("re-panic after %v", r))
	}
}

func work(log *[]string) {
	defer cleanup(log)
	fmt.Println("working")
	panic("first failure")
}

func safe() (msg string) {
	var log []string
	defer func() {
		msg = fmt.Sprint(recover(), " | ", log)
	}()
	work(&log)
	return "unreachable"
}

func main() {
	fmt.Println("safe:", safe())
	defer fmt.Println("main deferred print runs")
	var log []string
	work(&log)
	fmt.Println("unreachable")
}
