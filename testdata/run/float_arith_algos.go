package main

import "fmt"

func sqrt(x float64) float64 {
	z := x / 2
	for i := 0; i < 50; i++ {
		z -= (z*z - x) / (2 * z)
	}
	return z
}

func exp(x float64) float64 {
	sum, term := 1.0, 1.0
	for n := 1; n < 40; n++ {
		term *= x / float64(n)
		sum += term
	}
	return sum
}

func piLeibniz(n int) float64 {
	s := 0.0
	sign := 1.0
	for k := 0; k < n; k++ {
		s += sign / float64(2*k+1)
		sign = -sign
	}
	return 4 * s
}

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}

func main() {
	for _, v := range []float64{2, 9, 10, 0.25, 1e10} {
		r := sqrt(v)
		fmt.Printf("sqrt(%v) = %.12f err=%.1e\n", v, r, abs(r*r-v)/v)
	}
	fmt.Printf("e = %.15f\n", exp(1))
	fmt.Printf("e^-2 = %.15f\n", exp(-2))
	fmt.Printf("pi ~ %.6f\n", piLeibniz(100000))
	h := 1e-6
	f := func(x float64) float64 { return x*x*x - 2*x }
	deriv := (f(2+h) - f(2-h)) / (2 * h)
	fmt.Printf("f'(2) ~ %.6f\n", deriv)
	// trapezoid integral of x^2 on [0,1]
	n := 1000
	area := 0.0
	for i := 0; i < n; i++ {
		a := float64(i) / float64(n)
		b := float64(i+1) / float64(n)
		area += (a*a + b*b) / 2 * (b - a)
	}
	fmt.Printf("integral ~ %.8f\n", area)
	x := 1.0
	for x+1 != x {
		x *= 2
	}
	fmt.Println("2^53 reached:", x)
	eps := 1.0
	for 1+eps/2 != 1 {
		eps /= 2
	}
	fmt.Println("epsilon:", eps)
	var e32 float32 = 1
	for 1+e32/2 != 1 {
		e32 /= 2
	}
	fmt.Println("float32 epsilon:", e32)
	fmt.Println(7.0/2, -7.0/2, 1.0/3*3 == 1)
	a, b := 10.5, 3.0
	a += b
	a *= 2
	a -= 1
	a /= 4
	fmt.Println(a)
}
