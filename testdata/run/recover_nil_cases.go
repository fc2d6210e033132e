package main

import "fmt"

func helper() any {
	return recover() // not called directly by a deferred function: returns nil
}

func indirect() (result string) {
	defer func() {
		r := helper()
		result = fmt.Sprint("helper got: ", r)
		if r == nil {
			// still panicking; recover directly to stop it
			r2 := recover()
			result += fmt.Sprint("; direct got: ", r2)
		}
	}()
	panic("P1")
}

func noPanic() (r any) {
	defer func() { r = recover() }()
	return "unchanged"
}

func recoverOutsideDefer() any {
	return recover()
}

func deferredDirect() (s string) {
	defer func() {
		s = fmt.Sprint("recovered: ", recover())
	}()
	panic("P2")
}

func nestedDefer() (s string) {
	defer func() {
		func() {
			r := recover() // called by a function literal, not the deferred func itself
			s += fmt.Sprint("inner:", r, " ")
		}()
		s += fmt.Sprint("outer:", recover())
	}()
	panic("P3")
}

func main() {
	fmt.Println(indirect())
	fmt.Println(noPanic())
	fmt.Println(recoverOutsideDefer())
	fmt.Println(deferredDirect())
	fmt.Println(nestedDefer())
	defer func() {
		fmt.Println("main deferred, recover:", recover())
	}()
	fmt.Println("main end")
}
