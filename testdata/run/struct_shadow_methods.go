package main

import "fmt"

type Logger struct{ prefix string }

func (l Logger) Log(s string) { fmt.Println(l.prefix + s) }
func (l Logger) Name() string { return "logger" }

type Counter struct{ n int }

func (c *Counter) Inc()        { c.n++ }
func (c Counter) Name() string { return "counter" }

type Service struct {
	Logger
	*Counter
	title string
}

// Name at depth 0 shadows the ambiguous Logger.Name / Counter.Name.
func (s Service) Name() string { return "service:" + s.title }

type Plain struct {
	Logger
	Counter
}

func main() {
	s := Service{Logger{"[svc] "}, &Counter{}, "main"}
	s.Log("hello")
	s.Inc()
	s.Inc()
	fmt.Println(s.n, s.Counter.n, s.Name(), s.Logger.Name(), s.Counter.Name())
	s2 := s // copies pointer: shares counter
	s2.Inc()
	fmt.Println(s.n, s2.n)
	var p Plain
	p.prefix = "[plain] "
	p.Log("hi")
	p.Inc() // addressable: auto &p.Counter
	p.Inc()
	fmt.Println(p.n)
	pp := &p
	pp.Inc()
	pp.Log("via ptr")
	fmt.Println(pp.n, pp.Logger.Name(), pp.Counter.Name())
}
