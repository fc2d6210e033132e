package main

import "fmt"

type Color struct{ R, G, B uint8 }

func (c Color) String() string { return fmt.Sprintf("#%02x%02x%02x", c.R, c.G, c.B) }

type Temp float64

func (t *Temp) String() string { return fmt.Sprintf("%.1f deg", float64(*t)) }

type List []Color

type Pair struct {
	A, B Color
}

func main() {
	red := Color{255, 0, 0}
	fmt.Println(red)
	fmt.Println([]Color{red, {0, 128, 255}})
	fmt.Println(Pair{red, Color{1, 2, 3}})
	fmt.Printf("%v %s %+v %d\n", red, red, red, red)
	fmt.Println(map[string]Color{"r": red})
	fmt.Println(&red)
	t := Temp(21.5)
	fmt.Println(t)  // value: no String in method set
	fmt.Println(&t) // pointer: uses String
	fmt.Println(List{red})
	s := fmt.Sprint(red, " ", Color{})
	fmt.Println(s, len(s))
	var st fmt.Stringer = red
	fmt.Println(st.String())
	fmt.Printf("[%10s][%-10s]\n", red, red)
	fmt.Println([2]Color{})
}
