package main

type Celsius float64
type Fahrenheit float64

type T struct{}
type U struct{}

func takeU(u U) {}

func main() {
	var c Celsius = 10
	var f Fahrenheit = c // ERROR "cannot use c \\(variable of type Celsius\\) as Fahrenheit value in variable declaration"
	f = c // ERROR "cannot use c \\(variable of type Celsius\\) as Fahrenheit value in assignment"
	var t T
	takeU(t) // ERROR "cannot use t \\(variable of type T\\) as U value in argument to takeU"
	var u U = t // ERROR "cannot use t \\(variable of type T\\) as U value in variable declaration"
	var x float64 = c // ERROR "cannot use c \\(variable of type Celsius\\) as float64 value in variable declaration"
	c = x // ERROR "cannot use x \\(variable of type float64\\) as Celsius value in assignment"
	var ok Celsius = 5.5
	_, _, _, _ = f, u, x, ok
}
