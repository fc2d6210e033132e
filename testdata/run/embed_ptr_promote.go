package main

import "fmt"

type Engine struct {
	HP      int
	running bool
}

func (e *Engine) Start() { e.running = true }
func (e *Engine) Stop()  { e.running = false }
func (e Engine) Status() string {
	if e.running {
		return fmt.Sprintf("running %dhp", e.HP)
	}
	return fmt.Sprintf("stopped %dhp", e.HP)
}

type Car struct {
	*Engine
	Model string
}

type Fleet struct {
	Car
	Size int
}

type Starter interface {
	Start()
	Status() string
}

func main() {
	e := &Engine{HP: 150}
	c := Car{e, "sedan"}
	c.Start()
	fmt.Println(c.Status(), e.running)
	c2 := c
	c2.Stop()
	fmt.Println(c.Status(), c2.Status())
	f := Fleet{Car{&Engine{HP: 300}, "truck"}, 3}
	f.Start()
	fmt.Println(f.Status(), f.HP, f.Model, f.Size)
	var s Starter = c // Car value has Start via *Engine
	s.Start()
	fmt.Println(s.Status())
	var s2 Starter = f
	fmt.Println(s2.Status())
	f.HP = 301
	fmt.Println(s2.Status())
	fmt.Printf("%T %T\n", s, s2)
}
