package main

import "fmt"

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°", float64(t)) }

type Op struct{ Name string }

func (o *Op) Error() string { return "op " + o.Name + " failed" }

type Both int

func (b Both) String() string { return "stringer" }
func (b Both) Error() string  { return "error wins" }

type Inner struct{ T Temp }

func main() {
	t := Temp(21.456)
	fmt.Println(t)
	fmt.Printf("%v|%s|%.2f|%5.1f\n", t, t, t, t)
	fmt.Printf("%d\n", Both(3))
	var e error = &Op{"read"}
	fmt.Println(e)
	fmt.Printf("%v|%s|%q\n", e, e, e)
	fmt.Println(Both(1))
	fmt.Println(Inner{t}, []Temp{1, 2})
	fmt.Printf("%+v\n", Inner{t})
	w := fmt.Errorf("context: %v", e)
	fmt.Println(w)
	fmt.Println(fmt.Errorf("wrap: %w", e))
	var nilErr error
	fmt.Println(nilErr)
	fmt.Printf("%v\n", nilErr)
	err2 := fmt.Errorf("%d problems with %s", 3, "input")
	fmt.Println(err2.Error())
	fmt.Println(map[string]Temp{"x": 5})
	var ts fmt.Stringer = t
	fmt.Println(ts)
}
