package main

import "fmt"

type Pos struct{ X, Y int }

func (p *Pos) Move(dx, dy int) { p.X += dx; p.Y += dy }
func (p Pos) Dist() int {
	x, y := p.X, p.Y
	if x < 0 {
		x = -x
	}
	if y < 0 {
		y = -y
	}
	return x + y
}

type Sprite struct {
	Pos
	Name string
}

type Group struct {
	Sprite
	Size int
}

func main() {
	a := Sprite{Pos{1, 2}, "a"}
	b := a
	b.Move(3, 3)
	fmt.Println(a, b, a == b)
	b.Move(-3, -3)
	fmt.Println(a == b)
	g := Group{a, 2}
	g.Move(10, 0)
	fmt.Println(g.X, g.Dist(), g.Sprite.Pos, a.X)
	g2 := g
	fmt.Println(g == g2)
	g2.Name = "other"
	fmt.Println(g == g2, g.Pos == g2.Pos)
	m := map[Sprite]int{a: 1}
	m[Sprite{Pos{1, 2}, "a"}]++
	fmt.Println(m)
	list := []Sprite{{Pos{0, 0}, "o"}, {Pos{5, -5}, "p"}}
	for i := range list {
		list[i].Move(1, 1)
	}
	for _, s := range list {
		fmt.Print(s.Name, s.Pos, s.Dist(), " ")
	}
	fmt.Println()
}
