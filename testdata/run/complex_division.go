package main

import "fmt"

func mandel(c complex128) int {
	z := complex(0, 0)
	for i := 0; i < 50; i++ {
		z = z*z + c
		if real(z)*real(z)+imag(z)*imag(z) > 4 {
			return i
		}
	}
	return 50
}

func abs2(c complex128) float64 { return real(c)*real(c) + imag(c)*imag(c) }

func main() {
	a := 7 + 3i
	b := 1 - 2i
	q := a / b
	fmt.Println(q, q*b)
	fmt.Println(1/(1i), 1/(2+0i), (4+2i)/(0+2i))
	var c64a complex64 = 1 + 1i
	var c64b complex64 = 2 - 1i
	fmt.Println(c64a/c64b, c64a*c64b)
	zero := complex(0, 0)
	r := (1 + 1i) / zero
	fmt.Println(r, real(r) != real(r) || real(r) > 1e308)
	for y := 1.0; y >= -1.0; y -= 0.5 {
		line := ""
		for x := -2.0; x <= 0.5; x += 0.25 {
			if mandel(complex(x, y)) == 50 {
				line += "#"
			} else {
				line += "."
			}
		}
		fmt.Println(line)
	}
	roots := []complex128{}
	w := complex(0.5, 0.8660254037844386)
	p := complex(1, 0)
	for i := 0; i < 6; i++ {
		roots = append(roots, p)
		p *= w
	}
	for _, rt := range roots {
		fmt.Printf("%.3f %.6f\n", rt, abs2(rt))
	}
	fmt.Printf("%.3f\n", p)
}
