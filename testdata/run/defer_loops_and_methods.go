package main

import "fmt"

type Resource struct {
	name string
	log  *[]string
}

func (r Resource) Close()           { *r.log = append(*r.log, "close "+r.name) }
func (r *Resource) Rename(n string) { r.name = n }

func process(log *[]string) {
	for _, n := range []string{"a", "b", "c"} {
		r := Resource{n, log}
		*log = append(*log, "open "+n)
		defer r.Close()
	}
	*log = append(*log, "processing")
}

func perIteration(log *[]string) {
	for i := 0; i < 3; i++ {
		func() {
			defer func() { *log = append(*log, fmt.Sprint("end ", i)) }()
			*log = append(*log, fmt.Sprint("start ", i))
		}()
	}
}

func methodValueDefer(log *[]string) {
	r := Resource{"orig", log}
	defer r.Close() // receiver value copied now
	r.Rename("renamed")
	p := &Resource{"ptr-orig", log}
	defer p.Close() // *p is evaluated at defer time too (value receiver)
	p.Rename("ptr-renamed")
}

func main() {
	var log []string
	process(&log)
	for _, l := range log {
		fmt.Println(l)
	}
	log = nil
	perIteration(&log)
	fmt.Println(log)
	log = nil
	methodValueDefer(&log)
	fmt.Println(log)
	n := 0
	func() {
		for i := 0; i < 5; i++ {
			defer func(k int) { n = n*10 + k }(i)
		}
	}()
	fmt.Println(n)
}
