package main

import "fmt"

func main() {
	for _, w := range []int{1, 4, 8} {
		fmt.Printf("[%*d][%-*d][%0*d]\n", w, 42, w, 42, w, 42)
	}
	for _, p := range []int{0, 1, 3, 6} {
		fmt.Printf("[%.*f][%8.*f][%-10.*e]\n", p, 3.14159265, p, 2.71828, p, 1234.5)
	}
	fmt.Printf("[%6.2f][%-8.3f][%08.3f][%+08.2f]\n", 1.0, -1.5, 3.14159, 2.5)
	fmt.Printf("[%g][%.3g][%.10g][%g]\n", 0.000012345, 0.000012345, 1.0/3, 1e-7)
	fmt.Printf("[%e][%E][%.0e]\n", 0.0, 1e10, 15.0)
	fmt.Printf("[%10v][%-10v][%10v]\n", 1.5, "str", true)
	fmt.Printf("[%3s][%.1s][%-4q]\n", "toolong", "abc", "a")
	fmt.Printf("[%v][%6v][%-6v]\n", []int{1, 2}, []int{1, 2}, []int{1})
	fmt.Printf("[%5.1f]\n", []float64{1.25, 10})
	fmt.Printf("[%x][%8x][%-8X][%08x]\n", 3054, 3054, 3054, 3054)
	fmt.Printf("[%#8x][%#-8o][% x]\n", 255, 8, 255)
	type P struct{ A, B int }
	fmt.Printf("[%4v][%-4v]\n", P{1, 2}, P{3, 4})
	fmt.Printf("[%6.2v]\n", 3.14159)
	fmt.Printf("[%v][%.2v]\n", "hello", "hello")
	fmt.Printf("[%t][%8t]\n", false, true)
	fmt.Printf("%[2]d %[1]d %d\n", 10, 20)
	fmt.Printf("%[1]s-%[1]s-%[1]q\n", "r")
	fmt.Printf("[%-*d]\n", -5, 3) // negative width means left-justify
	fmt.Printf("[%*s]\n", 0, "zero")
	fmt.Printf("[%.0s][%.10s]\n", "gone", "short")
	fmt.Printf("[%05s][%-05d]\n", "ab", 7)
	for _, v := range []float64{0.5, 1.5, 2.5, 3.5, -0.5} {
		fmt.Printf("%.0f ", v)
	}
	fmt.Println()
	fmt.Printf("[%9.4f][%-9.4f][%+9.4f]\n", 3.14159, 3.14159, 3.14159)
}
