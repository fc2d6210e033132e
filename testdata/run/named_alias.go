package main

import "fmt"

type Score int

type Alias = Score
type IntAlias = int
type SliceAlias = []string
type PointAlias = struct{ X, Y int }

func (s Score) Double() Score { return s * 2 }

func takesInt(i int) int { return i + 1 }

func main() {
	var a Alias = 21
	fmt.Println(a.Double(), a)
	fmt.Printf("%T\n", a)
	var i IntAlias = 5
	fmt.Println(takesInt(i))
	fmt.Printf("%T\n", i)
	var s SliceAlias = []string{"a", "b"}
	var plain []string = s
	plain[0] = "z"
	fmt.Println(s, plain)
	p := PointAlias{1, 2}
	var anon struct{ X, Y int } = p
	fmt.Println(anon, p == anon)
	var r rune = 'x'
	var i32 int32 = r
	var b byte = 'y'
	var u8 uint8 = b
	fmt.Println(r, i32, b, u8)
	fmt.Printf("%T %T\n", r, b)
	var e any = a
	_, isScore := e.(Score)
	fmt.Println(isScore)
}
