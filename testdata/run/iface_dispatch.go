package main

import "fmt"

type Animal interface {
	Sound() string
	Legs() int
}

type Dog struct{ name string }
type Bird struct{ name string }
type Snake struct{}

func (d Dog) Sound() string   { return d.name + ": woof" }
func (d Dog) Legs() int       { return 4 }
func (b *Bird) Sound() string { return b.name + ": tweet" }
func (b *Bird) Legs() int     { return 2 }
func (Snake) Sound() string   { return "hiss" }
func (Snake) Legs() int       { return 0 }

func total(as []Animal) int {
	t := 0
	for _, a := range as {
		t += a.Legs()
	}
	return t
}

func main() {
	zoo := []Animal{Dog{"rex"}, &Bird{"tweety"}, Snake{}, &Dog{"ptr-dog"}}
	for _, a := range zoo {
		fmt.Println(a.Sound(), a.Legs())
	}
	fmt.Println(total(zoo))
	var a Animal
	fmt.Println(a == nil)
	a = Snake{}
	fmt.Println(a != nil, a.Sound())
	b := &Bird{"b"}
	a = b
	b.name = "renamed"
	fmt.Println(a.Sound())
	d := Dog{"orig"}
	a = d
	d.name = "changed"
	fmt.Println(a.Sound())
	fmt.Printf("%T %T %T\n", zoo[0], zoo[1], zoo[3])
	counts := map[int]int{}
	for _, z := range zoo {
		counts[z.Legs()]++
	}
	fmt.Println(counts)
}
