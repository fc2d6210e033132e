package main

import "fmt"

type Celsius float64
type Fahrenheit float64

func (c Celsius) ToF() Fahrenheit { return Fahrenheit(c*9/5 + 32) }
func (f Fahrenheit) ToC() Celsius { return Celsius((f - 32) * 5 / 9) }
func (c Celsius) String() string  { return fmt.Sprintf("%.1f°C", float64(c)) }

type IntList []int

func (l IntList) Sum() int {
	s := 0
	for _, v := range l {
		s += v
	}
	return s
}

func (l *IntList) Push(v int) { *l = append(*l, v) }
func (l IntList) Len() int    { return len(l) }

type Counter map[string]int

func (c Counter) Add(k string) { c[k]++ }

type Op func(int, int) int

func (o Op) Apply3(a, b, c int) int { return o(o(a, b), c) }

type Flag bool

func (f Flag) Not() Flag { return !f }

func main() {
	c := Celsius(100)
	fmt.Println(c.ToF(), c.ToF().ToC())
	fmt.Println(c)
	fmt.Println(Celsius(-40).ToF() == Fahrenheit(-40))
	var l IntList
	l.Push(1)
	l.Push(2)
	l.Push(3)
	fmt.Println(l, l.Sum(), l.Len(), len(l), l[1])
	l2 := l[1:]
	fmt.Println(l2.Sum())
	cnt := Counter{}
	cnt.Add("a")
	cnt.Add("a")
	cnt.Add("b")
	fmt.Println(cnt)
	var add Op = func(a, b int) int { return a + b }
	mul := Op(func(a, b int) int { return a * b })
	fmt.Println(add.Apply3(1, 2, 3), mul.Apply3(2, 3, 4))
	var f Flag
	fmt.Println(f, f.Not(), f.Not().Not())
	temps := []Celsius{0, 37, 100}
	for _, t := range temps {
		fmt.Printf("%v=%.1f ", t, float64(t.ToF()))
	}
	fmt.Println()
}
