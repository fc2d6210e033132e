package main

import "fmt"

func pair(a []int) ([]int, []int) { return a, []int{7, 8, 9} }
func bs(a []byte) ([]byte, string) { return a, "xyz" }
func mk(m map[string]int) (map[string]int, string) { return m, "b" }
func nums() (float64, float64) { return 1.5, -2 }
func three() (int, string, bool) { return 3, "three", true }
func ints() (int, int, int) { return 4, -1, 9 }

func main() {
	a := []int{1, 2, 3, 4}
	fmt.Println(copy(pair(a)), a)
	b := make([]byte, 2)
	fmt.Println(copy(bs(b)), string(b))
	m := map[string]int{"a": 1, "b": 2}
	delete(mk(m))
	fmt.Println(len(m), m)
	fmt.Println(complex(nums()))
	println(three())
	print(three())
	println()
	fmt.Println(min(ints()), max(ints()))
}
