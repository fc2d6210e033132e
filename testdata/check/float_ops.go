package main

func main() {
	f := 1.5
	g := 2.5
	_ = f % g // ERROR "invalid operation: operator % not defined on f \\(variable of type float64\\)"
	_ = f & g // ERROR "invalid operation: operator & not defined on f \\(variable of type float64\\)"
	_ = f | 1 // ERROR "invalid operation: operator \\| not defined on f \\(variable of type float64\\)"
	_ = f ^ g // ERROR "invalid operation: operator \\^ not defined on f \\(variable of type float64\\)"
	_ = f &^ g // ERROR "invalid operation: operator &\\^ not defined on f \\(variable of type float64\\)"
	_ = ^f // ERROR "invalid operation: operator \\^ not defined on f \\(variable of type float64\\)"
	_ = f << 1 // ERROR "invalid operation: shifted operand f \\(variable of type float64\\) must be integer"
	_ = 1 << f // ERROR "invalid operation: shift count f \\(variable of type float64\\) must be integer"
	f %= 2 // ERROR "invalid operation: operator % not defined on f \\(variable of type float64\\)"
	_ = 1.5 % 1 // ERROR "invalid operation: operator % not defined on 1\\.5 \\(untyped float constant\\)"
}
