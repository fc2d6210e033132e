package main

import "fmt"

type CustomErr struct {
	Code int
	Msg  string
}

type Point struct{ X, Y int }

type strErr string

func (e strErr) Error() string { return "strErr: " + string(e) }

func catch(f func()) (v any) {
	defer func() {
		v = recover()
	}()
	f()
	return "no panic"
}

func main() {
	vals := []func(){
		func() { panic("a string") },
		func() { panic(42) },
		func() { panic(strErr("an error")) },
		func() { panic(CustomErr{7, "custom"}) },
		func() { panic(&CustomErr{8, "ptr"}) },
		func() { panic(Point{1, 2}) },
		func() { panic(3.5) },
		func() { panic([]int{1, 2}) },
		func() { panic(fmt.Sprintf("formatted %d", 99)) },
		func() {},
	}
	for i, f := range vals {
		r := catch(f)
		fmt.Printf("%d: %T %v\n", i, r, r)
	}
	r := catch(func() { panic(CustomErr{1, "x"}) })
	if ce, ok := r.(CustomErr); ok {
		fmt.Println("code", ce.Code, "msg", ce.Msg)
	}
	r = catch(func() { panic(fmt.Errorf("boom")) })
	if e, ok := r.(error); ok {
		fmt.Println("error value:", e.Error())
	}
}
