package main

import "fmt"

type Counter struct {
	name string
	n    int
}

func (c Counter) Get() int       { return c.n }
func (c *Counter) Inc()          { c.n++ }
func (c *Counter) Add(k int) int { c.n += k; return c.n }
func (c Counter) Label() string  { return fmt.Sprintf("%s=%d", c.name, c.n) }

func makeCounter() Counter { return Counter{"tmp", 5} }

func main() {
	c := Counter{name: "c"}
	c.Inc() // (&c).Inc()
	c.Inc()
	fmt.Println(c.Get(), c.Label())
	p := &c
	p.Inc()
	fmt.Println(p.Get(), (*p).Label(), p.Label()) // auto deref
	fmt.Println(p.Add(10), c.n)
	arr := [2]Counter{{name: "a"}, {name: "b"}}
	arr[1].Inc()
	arr[1].Add(4)
	fmt.Println(arr[0].Label(), arr[1].Label())
	s := []Counter{{name: "s"}}
	s[0].Inc()
	fmt.Println(s[0].Label())
	type Holder struct{ C Counter }
	h := Holder{}
	h.C.Inc()
	h.C.name = "h"
	fmt.Println(h.C.Label())
	fmt.Println(makeCounter().Get(), makeCounter().Label())
	m := map[string]*Counter{"x": {name: "x"}}
	m["x"].Inc()
	m["x"].Inc()
	fmt.Println(m["x"].Label())
	pp := &p
	(*pp).Inc()
	fmt.Println(c.n)
}
