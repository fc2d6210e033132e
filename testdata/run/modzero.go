package main

import "fmt"

func digitsIn(n, base int) int {
	if n == 0 {
		return 0
	}
	println("digitsIn", n, base)
	return 1 + digitsIn(n/base, base)
}

func bucket(n, size int) int {
	return n % size
}

func main() {
	fmt.Println(digitsIn(12345, 10))
	fmt.Println(bucket(17, 5))
	sizes := 3
	for sizes >= 0 {
		fmt.Println("bucket of 1000 with size", sizes, "is", bucket(1000, sizes))
		sizes--
	}
}
