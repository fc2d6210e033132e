package main

import "fmt"

var log []string

func record(s string) { log = append(log, s) }

func compute(x int) int {
	defer record(fmt.Sprint("compute done ", x))
	if x < 0 {
		record("negative")
		return -x
	}
	record("positive")
	return x * 2
}

func early(n int) (res string) {
	defer func() { res = res + fmt.Sprint("/", n) }()
	for i := 0; i < 10; i++ {
		if i == n {
			return fmt.Sprint("found ", i)
		}
	}
	return "none"
}

func nested() (out []int) {
	defer func() {
		defer func() { out = append(out, 3) }()
		out = append(out, 2)
	}()
	out = append(out, 1)
	return out
}

type Tx struct {
	committed bool
	ops       []string
}

func (t *Tx) Rollback() {
	if !t.committed {
		t.ops = append(t.ops, "rollback")
	}
}

func doTx(fail bool) *Tx {
	t := &Tx{}
	defer t.Rollback()
	t.ops = append(t.ops, "op1")
	if fail {
		return t
	}
	t.ops = append(t.ops, "op2")
	t.committed = true
	t.ops = append(t.ops, "commit")
	return t
}

func main() {
	fmt.Println(compute(5), compute(-3))
	fmt.Println(log)
	fmt.Println(early(3), "|", early(20))
	fmt.Println(nested())
	fmt.Println(doTx(true).ops, doTx(false).ops)
	x := 0
	func() {
		defer func() { x++ }()
		x = 10
	}()
	fmt.Println(x)
}
