package main

import "fmt"

func makeTracker() (func(string), func() []string) {
	var events []string
	return func(e string) { events = append(events, e) }, func() []string { return events }
}

func main() {
	track, get := makeTracker()
	x := 0
	func() {
		defer track(fmt.Sprint("defer-arg x=", x))
		defer func() { track(fmt.Sprint("defer-closure x=", x)) }()
		x = 5
		track("body")
	}()
	fmt.Println(get())
	counter := 0
	incr := func() func() {
		counter++
		n := counter
		return func() { counter += n * 10 }
	}
	func() {
		defer incr()() // incr() runs now, returned func runs at exit
		defer incr()()
		fmt.Println("inside, counter =", counter)
	}()
	fmt.Println("after, counter =", counter)
	acc := []func() int{}
	for i := 0; i < 3; i++ {
		base := i * 100
		acc = append(acc, func() int {
			base++
			return base
		})
	}
	fmt.Println(acc[0](), acc[0](), acc[1](), acc[2](), acc[2]())
	outer := func() func() int {
		v := 1
		inner := func() int { v *= 3; return v }
		inner()
		return inner
	}()
	fmt.Println(outer(), outer())
}
