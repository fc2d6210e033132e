package main

import "fmt"

func digitChar(d int) string {
	switch d {
	case 0:
		return "0"
	case 1:
		return "1"
	case 2:
		return "2"
	case 3:
		return "3"
	case 4:
		return "4"
	case 5:
		return "5"
	case 6:
		return "6"
	case 7:
		return "7"
	case 8:
		return "8"
	case 9:
		return "9"
	case 10:
		return "a"
	case 11:
		return "b"
	case 12:
		return "c"
	case 13:
		return "d"
	case 14:
		return "e"
	case 15:
		return "f"
	}
	return "?"
}

// formatBase formats n in the given base (2..16). It works on the negative
// value so that the most negative int is handled too.
func formatBase(n, base int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	if !neg {
		n = -n
	}
	s := ""
	for n != 0 {
		s = digitChar(-(n % base)) + s
		n /= base
	}
	if neg {
		s = "-" + s
	}
	return s
}

func itoa(n int) string { return formatBase(n, 10) }

func withCommas(n int) string {
	s := itoa(n)
	sign := ""
	start := 0
	if int(s[0]) == 45 { // '-'
		sign = "-"
		start = 1
	}
	out := ""
	count := 0
	for i := len(s) - 1; i >= start; i-- {
		out = digitChar(int(s[i])-48) + out
		count++
		if count%3 == 0 && i > start {
			out = "," + out
		}
	}
	return sign + out
}

func padLeft(s string, width int, pad string) string {
	for len(s) < width {
		s = pad + s
	}
	return s
}

func padRight(s string, width int) string {
	for len(s) < width {
		s += " "
	}
	return s
}

func main() {
	vals := 0
	for n := -1000000; n <= 1000000; n += 123457 {
		fmt.Println(padLeft(itoa(n), 10, " "), "|", padRight(withCommas(n), 12), "|", formatBase(n, 16), formatBase(n, 2))
		vals++
	}
	fmt.Println(vals)
	fmt.Println(itoa(0), itoa(7), itoa(-7), withCommas(0), withCommas(999), withCommas(-1000))
	fmt.Println(itoa(9223372036854775807))
	fmt.Println(itoa(-9223372036854775808))
	fmt.Println(withCommas(9223372036854775807))
	fmt.Println(withCommas(-9223372036854775808))
	fmt.Println(formatBase(-9223372036854775808, 16), formatBase(-9223372036854775808, 2))
	fmt.Println(formatBase(255, 2), formatBase(255, 8), formatBase(255, 16), formatBase(255, 3))
	for w := 1; w <= 6; w++ {
		fmt.Println("[" + padLeft(itoa(w*w*w), 6, "0") + "]")
	}
	// A small table.
	for i := 1; i <= 5; i++ {
		line := ""
		for j := 1; j <= 5; j++ {
			line += padLeft(itoa(i*j*j), 5, " ")
		}
		fmt.Println(line)
	}
}
