package main

import "fmt"

type Celsius float64
type Fahrenheit float64

func (c Celsius) F() Fahrenheit { return Fahrenheit(c*9/5 + 32) }

func describe(v any) string {
	switch t := v.(type) {
	case Celsius:
		return fmt.Sprint("C ", float64(t))
	case Fahrenheit:
		return fmt.Sprint("F ", float64(t))
	case float64:
		return fmt.Sprint("raw ", t)
	}
	return "?"
}

func main() {
	var t any = Celsius(20)
	c := t.(Celsius)
	fmt.Println(c, c.F())
	_, ok := t.(float64)
	fmt.Println(ok)
	for _, v := range []any{Celsius(1), Fahrenheit(2), 3.0, 4} {
		fmt.Println(describe(v))
	}
	f64 := float64(t.(Celsius)) // convert after asserting the exact type
	fmt.Println(f64)
	var t2 any = c.F()
	fmt.Println(t2.(Fahrenheit))
	f := t.(Fahrenheit)
	fmt.Println(f)
}
