package main

import "fmt"

type Count int

func main() {
	for i := range 5 {
		fmt.Print(i, " ")
	}
	fmt.Println()
	n := 0
	for range 10 {
		n++
	}
	fmt.Println(n)
	for i := range 0 {
		fmt.Println("never", i)
	}
	neg := -3
	for i := range neg {
		fmt.Println("never", i)
	}
	var c Count = 3
	for i := range c {
		fmt.Printf("%T %v ", i, i)
	}
	fmt.Println()
	var u8 uint8 = 4
	for i := range u8 {
		fmt.Printf("%T %v ", i, i)
	}
	fmt.Println()
	// the range expression is evaluated once
	lim := 3
	for i := range lim {
		lim = 10
		fmt.Print(i, " ")
	}
	fmt.Println("lim", lim)
	// modifying the loop var does not affect iteration
	for i := range 4 {
		fmt.Print(i, " ")
		i += 10
		_ = i
	}
	fmt.Println()
	total := 0
	for i := range 100 {
		if i%2 == 0 {
			continue
		}
		if i > 20 {
			break
		}
		total += i
	}
	fmt.Println(total)
	var fs []func() int
	for i := range 3 {
		fs = append(fs, func() int { return i })
	}
	fmt.Println(fs[0](), fs[1](), fs[2]())
	var i int64
	for i = range int64(3) {
	}
	fmt.Println("after loop i =", i)
}
