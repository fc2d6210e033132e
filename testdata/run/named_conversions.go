package main

import "fmt"

type Meters float64
type Feet float64
type MyInt int
type YourInt int
type Bytes []byte
type Str string
type Point struct{ X, Y int }
type Vec struct{ X, Y int }
type Grid [2][2]int
type Table map[string]int

func main() {
	m := Meters(10)
	f := Feet(m * 3.28084)
	fmt.Printf("%.4f %.4f\n", float64(m), float64(f))
	back := Meters(f / 3.28084)
	fmt.Printf("%.4f\n", float64(back))
	a := MyInt(7)
	b := YourInt(a)
	c := int(b) + int(a)
	fmt.Println(a, b, c)
	var i int = 5
	a = MyInt(i) * 2
	fmt.Println(a)
	bs := Bytes("hello")
	bs[0] = 'H'
	raw := []byte(bs)
	fmt.Println(string(raw), len(bs))
	s := Str("abc")
	s2 := string(s) + "def"
	fmt.Println(s, s2, len(s), Str(s2) > s)
	p := Point{1, 2}
	v := Vec(p)
	v.X = 10
	fmt.Println(p, v, Point(v))
	g := Grid{{1, 2}, {3, 4}}
	arr := [2][2]int(g)
	arr[0][0] = 9
	fmt.Println(g, arr)
	t := Table{"x": 1}
	mm := map[string]int(t)
	mm["y"] = 2
	fmt.Println(t, len(t))
	var un []byte = bs // assignable: same underlying, one unnamed
	fmt.Println(len(un))
	type Celsius float32
	cc := Celsius(36.6)
	fmt.Println(float32(cc), cc)
	fmt.Printf("%T %T %T %T\n", a, b, s, v)
}
