package main

import "fmt"

func a() (msg string) {
	defer func() {
		msg = fmt.Sprint("a recovered: ", recover())
	}()
	defer func() {
		fmt.Println("deferred 2 runs, then panics")
		panic("from defer")
	}()
	defer fmt.Println("deferred 1 runs")
	return "normal return"
}

func b() (msg string) {
	defer func() {
		msg = fmt.Sprint("b recovered: ", recover())
	}()
	defer func() {
		var m map[int]int
		m[0] = 1
	}()
	panic("original")
}

func c() (log []string) {
	defer func() {
		r := recover()
		log = append(log, fmt.Sprint("final ", r))
	}()
	for i := 0; i < 3; i++ {
		defer func() {
			r := recover()
			log = append(log, fmt.Sprint("step ", i, " got ", r))
			panic(fmt.Sprint("p", i))
		}()
	}
	panic("start")
}

func main() {
	fmt.Println(a())
	fmt.Println(b())
	for _, l := range c() {
		fmt.Println(l)
	}
}
