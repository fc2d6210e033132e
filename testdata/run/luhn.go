package main

import "fmt"

func isDigit(c int) bool { return c >= 48 && c <= 57 }

// luhn validates a number written with optional spaces.
func luhn(s string) bool {
	sum, n := 0, 0
	for i := len(s) - 1; i >= 0; i-- {
		c := int(s[i])
		if c == 32 {
			continue
		}
		if !isDigit(c) {
			return false
		}
		d := c - 48
		if n%2 == 1 {
			d *= 2
			if d > 9 {
				d -= 9
			}
		}
		sum += d
		n++
	}
	return n > 1 && sum%10 == 0
}

// isbn10 validates an ISBN-10 where the last character may be X.
func isbn10(s string) bool {
	sum, pos := 0, 10
	for i := 0; i < len(s); i++ {
		c := int(s[i])
		switch {
		case c == 45:
			continue
		case isDigit(c):
			sum += (c - 48) * pos
		case c == 88 && pos == 1:
			sum += 10
		default:
			return false
		}
		pos--
	}
	return pos == 0 && sum%11 == 0
}

// atoi parses a signed decimal number and reports whether it was valid.
func atoi(s string) (n int, ok bool) {
	if len(s) == 0 {
		return 0, false
	}
	i, neg := 0, false
	if int(s[0]) == 45 || int(s[0]) == 43 {
		neg = int(s[0]) == 45
		i++
	}
	if i == len(s) {
		return 0, false
	}
	for ; i < len(s); i++ {
		c := int(s[i])
		if !isDigit(c) {
			return 0, false
		}
		n = n*10 + (c - 48)
	}
	if neg {
		n = -n
	}
	return n, true
}

func check(s string) {
	fmt.Println("luhn", "\""+s+"\"", luhn(s))
}

func main() {
	check("4539 3195 0343 6467")
	check("8273 1232 7352 0569")
	check("79927398713")
	check("79927398710")
	check("0")
	check(" 0 0 ")
	check("059a")
	check("055 444 285")
	fmt.Println(isbn10("3-598-21508-8"), isbn10("3-598-21508-9"), isbn10("3-598-21507-X"), isbn10("359821507X"), isbn10("3-598-2X507-9"))
	fmt.Println(atoi("12345"))
	fmt.Println(atoi("-987"))
	fmt.Println(atoi("+42"))
	fmt.Println(atoi("12a"))
	fmt.Println(atoi("-"))
	fmt.Println(atoi(""))
	fmt.Println(atoi("9223372036854775807"))
	fmt.Println(atoi("9223372036854775808"))
	sum := 0
	nums := "10 20 -5 17 300 -42 8"
	cur, start := 0, 0
	for i := 0; i <= len(nums); i++ {
		if i == len(nums) || int(nums[i]) == 32 {
			cur = 0
			neg := false
			for j := start; j < i; j++ {
				if int(nums[j]) == 45 {
					neg = true
				} else {
					cur = cur*10 + int(nums[j]) - 48
				}
			}
			if neg {
				cur = -cur
			}
			sum += cur
			fmt.Println("parsed", cur, "running sum", sum)
			start = i + 1
		}
	}
}
