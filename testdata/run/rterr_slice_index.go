package main

import "fmt"

func at(s []string, i int) string { return s[i] }

func main() {
	words := []string{"alpha", "beta", "gamma"}
	for i := range words {
		fmt.Println(i, at(words, i))
	}
	for i := len(words) - 1; i >= 0; i-- {
		fmt.Print(at(words, i), " ")
	}
	fmt.Println()
	sub := words[1:2]
	fmt.Println(len(sub), cap(sub), sub[0])
	ext := sub[:2] // reslicing within capacity makes index 1 valid
	fmt.Println(ext, at(ext, 1))
	grown := append(words, "delta")
	fmt.Println(len(grown), at(grown, 3))
	nums := make([]int, 3, 8)
	nums[2] = 5
	fmt.Println(nums, len(nums), cap(nums))
	last := len(words) - 1
	fmt.Println(at(words, last), words[last][0:2])
	matrix := [][]string{{"a"}, {"b", "c"}}
	fmt.Println(matrix[1][1], len(matrix[0]))
	fmt.Println("indexing within cap but beyond len")
	fmt.Println(at(sub, 1))
}
