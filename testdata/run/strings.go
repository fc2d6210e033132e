package main

import "fmt"

func repeat(s string, n int) string {
	r := ""
	for i := 0; i < n; i++ {
		r += s
	}
	return r
}

func count(s string, c int) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if int(s[i]) == c {
			n++
		}
	}
	return n
}

func isUpper(c int) bool { return c >= 65 && c <= 90 }
func isLower(c int) bool { return c >= 97 && c <= 122 }

// compare is a hand-written lexicographic comparison, checked against the built-in one.
func compare(a, b string) int {
	for i := 0; i < len(a) && i < len(b); i++ {
		if a[i] != b[i] {
			if a[i] < b[i] {
				return -1
			}
			return 1
		}
	}
	if len(a) < len(b) {
		return -1
	}
	if len(a) > len(b) {
		return 1
	}
	return 0
}

func builtinCompare(a, b string) int {
	if a < b {
		return -1
	}
	if a > b {
		return 1
	}
	return 0
}

func hasPrefix(s, p string) bool {
	if len(p) > len(s) {
		return false
	}
	for i := 0; i < len(p); i++ {
		if s[i] != p[i] {
			return false
		}
	}
	return true
}

func main() {
	s := "Hello"
	s += ", "
	s += "World"
	s = s + "!"
	fmt.Println(s, len(s))
	fmt.Println(repeat("ab", 5), repeat("-", 20), repeat("x", 0) == "")
	empty := ""
	fmt.Println(len(empty), empty == "", empty < "a", "a" < "b", "abc" < "abd", "ab" < "abc", "B" < "a")
	fmt.Println("l count", count(s, 108), "o count", count(s, 111))
	upper, lower, other := 0, 0, 0
	for i := 0; i < len(s); i++ {
		c := int(s[i])
		if isUpper(c) {
			upper++
		} else if isLower(c) {
			lower++
		} else {
			other++
		}
	}
	fmt.Println("upper", upper, "lower", lower, "other", other)
	words := "apple banana cherry apple date banana apple"
	wordsIn := 1
	for i := 0; i < len(words); i++ {
		if int(words[i]) == 32 {
			wordsIn++
		}
	}
	fmt.Println("words", wordsIn)
	pairs := "apple|apricot|banana|band|bandana|can|candle|Apple|"
	prev := ""
	cur := ""
	for i := 0; i < len(pairs); i++ {
		if int(pairs[i]) != 124 {
			continue
		}
		// Rebuild the current word from the bytes since the last separator.
		cur = ""
		j := i - 1
		for j >= 0 && int(pairs[j]) != 124 {
			j--
		}
		cur = wordAt(pairs, j+1, i)
		if prev != "" {
			fmt.Println(prev, cur, compare(prev, cur), builtinCompare(prev, cur), prev == cur, hasPrefix(cur, prev))
		}
		prev = cur
	}
	// Bytes of a string with non-ASCII characters.
	u := "héllo"
	fmt.Print(len(u), ":")
	for i := 0; i < len(u); i++ {
		fmt.Print(" ", int(u[i]))
	}
	fmt.Println()
	// Strings are values: modifying a copy does not change the original.
	a := "base"
	b := a
	b += "-changed"
	fmt.Println(a, b, a == b, a != b)
	fmt.Println(a < b, a <= b, a > b, a >= b, b <= a, b >= a, a <= a, a >= a)
	fmt.Println("con" + "cat" + "en" + "ation")
}

// wordAt returns s[from:to] built one character at a time from a known alphabet.
func wordAt(s string, from, to int) string {
	r := ""
	for i := from; i < to; i++ {
		r += letter(int(s[i]))
	}
	return r
}

func letter(c int) string {
	const lower = "abcdefghijklmnopqrstuvwxyz"
	switch c {
	case 65:
		return "A"
	case 97:
		return "a"
	case 98:
		return "b"
	case 99:
		return "c"
	case 100:
		return "d"
	case 101:
		return "e"
	case 105:
		return "i"
	case 108:
		return "l"
	case 110:
		return "n"
	case 111:
		return "o"
	case 112:
		return "p"
	case 114:
		return "r"
	case 116:
		return "t"
	}
	if isLower(c) && int(lower[c-97]) == c {
		return "?"
	}
	return "#"
}
