package main

import "fmt"

type MyErr struct{ code int }

func (e *MyErr) Error() string {
	if e == nil {
		return "nil MyErr"
	}
	return fmt.Sprintf("code %d", e.code)
}

func mayFail(fail bool) error {
	var p *MyErr
	if fail {
		p = &MyErr{42}
	}
	return p // never a nil interface!
}

func correct(fail bool) error {
	if fail {
		return &MyErr{7}
	}
	return nil
}

func main() {
	e1 := mayFail(false)
	e2 := mayFail(true)
	fmt.Println(e1 != nil, e2 != nil)
	fmt.Println(e1.Error(), e2.Error())
	fmt.Println(e1)
	e3 := correct(false)
	e4 := correct(true)
	fmt.Println(e3 == nil, e4 == nil, e3, e4)
	var p *MyErr
	var i any = p
	fmt.Println(i == nil, i.(*MyErr) == nil)
	var j any
	fmt.Println(j == nil)
	fmt.Printf("%T %T %v\n", i, j, i)
	var e error = p
	fmt.Println(e == (*MyErr)(nil), e == nil)
	var s fmt.Stringer
	fmt.Println(s == nil)
	ifaces := []any{nil, (*int)(nil), []int(nil), map[int]int(nil), (func())(nil)}
	for _, v := range ifaces {
		fmt.Print(v == nil, " ")
	}
	fmt.Println()
}
