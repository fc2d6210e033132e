package main

import "fmt"

type resource struct {
	name string
	open bool
}

var log []string

func acquire(name string, fail bool) (*resource, bool) {
	if fail {
		log = append(log, "fail "+name)
		return nil, false
	}
	log = append(log, "open "+name)
	return &resource{name, true}, true
}

func release(r *resource) {
	r.open = false
	log = append(log, "close "+r.name)
}

func run(failAt int) string {
	var a, b, c *resource
	var ok bool
	result := "success"
	a, ok = acquire("a", failAt == 1)
	if !ok {
		result = "failed at a"
		goto out
	}
	b, ok = acquire("b", failAt == 2)
	if !ok {
		result = "failed at b"
		goto closeA
	}
	c, ok = acquire("c", failAt == 3)
	if !ok {
		result = "failed at c"
		goto closeB
	}
	log = append(log, "work")
	release(c)
closeB:
	release(b)
closeA:
	release(a)
out:
	return result
}

func main() {
	for i := 0; i <= 3; i++ {
		log = nil
		r := run(i)
		fmt.Println(i, r, log)
	}
}
