package main

import "fmt"

func main() {
	arr := [5]int{1, 2, 3, 4, 5}
	// Ranging over an array value iterates over a copy.
	for i, v := range arr {
		if i == 0 {
			arr[4] = 500
			arr[1] = 200
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
	fmt.Println(arr)
	// Ranging over a pointer to array sees modifications.
	arr = [5]int{1, 2, 3, 4, 5}
	for i, v := range &arr {
		if i == 0 {
			arr[4] = 500
			arr[1] = 200
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
	// Ranging over a slice sees modifications too.
	arr = [5]int{1, 2, 3, 4, 5}
	for i, v := range arr[:] {
		if i == 0 {
			arr[4] = 500
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
	// Index-only range does not copy, loop var reads current value.
	arr = [5]int{1, 2, 3, 4, 5}
	for i := range arr {
		if i == 0 {
			arr[3] = 400
		}
		fmt.Print(arr[i], " ")
	}
	fmt.Println()
	// Assigning to v does not change the array.
	for _, v := range arr {
		v *= 10
		_ = v
	}
	fmt.Println(arr)
	var ptr *[4]int
	n := 0
	for i := range ptr { // len of nil *array is constant; no deref
		n += i
	}
	fmt.Println("nil ptr range", n, len(ptr))
	grid := [2][3]int{{1, 2, 3}, {4, 5, 6}}
	sum := 0
	for _, row := range grid {
		for _, v := range row {
			sum += v
		}
		row[0] = 99
	}
	fmt.Println(sum, grid)
}
