// Struct-heavy: value structs copied, passed and returned, arrays of
// structs, pointer-linked structs, embedded fields. Prints a checksum.
package main

import "fmt"

type Vec3 struct{ X, Y, Z float64 }

func (a Vec3) Add(b Vec3) Vec3      { return Vec3{a.X + b.X, a.Y + b.Y, a.Z + b.Z} }
func (a Vec3) Scale(k float64) Vec3 { return Vec3{a.X * k, a.Y * k, a.Z * k} }
func (a Vec3) Dot(b Vec3) float64   { return a.X*b.X + a.Y*b.Y + a.Z*b.Z }

type Body struct {
	Pos, Vel Vec3
	Mass     float64
}

type Tagged struct {
	Body
	ID   int
	Name [8]byte
}

type Node struct {
	Val         int
	Left, Right *Node
}

func insert(n *Node, v int) *Node {
	if n == nil {
		return &Node{Val: v}
	}
	if v < n.Val {
		n.Left = insert(n.Left, v)
	} else {
		n.Right = insert(n.Right, v)
	}
	return n
}

func sum(n *Node) int {
	if n == nil {
		return 0
	}
	return n.Val + sum(n.Left) + sum(n.Right)
}

func step(bs []Tagged, dt float64) {
	for i := range bs {
		b := &bs[i]
		acc := Vec3{}
		for j := range bs {
			if i == j {
				continue
			}
			d := bs[j].Pos.Add(b.Pos.Scale(-1))
			r2 := d.Dot(d) + 0.01
			acc = acc.Add(d.Scale(bs[j].Mass / r2))
		}
		b.Vel = b.Vel.Add(acc.Scale(dt))
	}
	for i := range bs {
		bs[i].Pos = bs[i].Pos.Add(bs[i].Vel.Scale(dt))
	}
}

func main() {
	bs := make([]Tagged, 64)
	for i := range bs {
		f := float64(i)
		bs[i] = Tagged{Body{Vec3{f, f * 0.5, -f}, Vec3{}, 1 + f/64}, i, [8]byte{byte(i)}}
	}
	for s := 0; s < 1500; s++ {
		step(bs, 0.001)
	}
	e := 0.0
	for _, b := range bs {
		e += b.Vel.Dot(b.Vel) * b.Mass
	}
	var root *Node
	x := 12345
	for i := 0; i < 400000; i++ {
		x = (x*1103515245 + 12345) % 2147483648
		root = insert(root, x%1000000)
	}
	fmt.Printf("%.6e %d\n", e, sum(root))
}
