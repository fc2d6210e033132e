package main

import "fmt"

func fizzbuzz(n int) string {
	switch {
	case n%15 == 0:
		return "FizzBuzz"
	case n%3 == 0:
		return "Fizz"
	case n%5 == 0:
		return "Buzz"
	}
	return ""
}

func main() {
	for i := 1; i <= 100; i++ {
		s := fizzbuzz(i)
		if s == "" {
			fmt.Println(i)
		} else {
			fmt.Println(s)
		}
	}
	// A compact variant building one line.
	line := ""
	for i := range 30 {
		n := i + 1
		word := ""
		if n%3 == 0 {
			word += "Fizz"
		}
		if n%5 == 0 {
			word += "Buzz"
		}
		if word == "" {
			fmt.Print(n)
		} else {
			fmt.Print(word)
		}
		if n < 30 {
			fmt.Print(" ")
		}
		line += word
	}
	fmt.Println()
	fmt.Println(len(line))
}
