package main

import "fmt"

type Counter struct{ n int }

func (c *Counter) Safe() string {
	if c == nil {
		return "nil counter"
	}
	return fmt.Sprint("count ", c.n)
}

func (c *Counter) Inc() {
	if c != nil {
		c.n++
	}
}

func (c Counter) Value() int { return c.n }

func main() {
	var c *Counter
	fmt.Println(c.Safe()) // pointer method on nil receiver is fine
	c.Inc()
	safe := c.Safe // method value with nil pointer receiver: fine too
	fmt.Println(safe())
	c = &Counter{5}
	c.Inc()
	fmt.Println(c.Safe(), c.Value())
	val := c.Value // copies *c now
	c.Inc()
	fmt.Println(val(), c.Value())
	c = nil
	fmt.Println("calling value method through nil pointer")
	fmt.Println(c.Value())
}
