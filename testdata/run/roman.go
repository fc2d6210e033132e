package main

import "fmt"

func toRoman(n int) string {
	s := ""
	for n > 0 {
		switch {
		case n >= 1000:
			s += "M"
			n -= 1000
		case n >= 900:
			s += "CM"
			n -= 900
		case n >= 500:
			s += "D"
			n -= 500
		case n >= 400:
			s += "CD"
			n -= 400
		case n >= 100:
			s += "C"
			n -= 100
		case n >= 90:
			s += "XC"
			n -= 90
		case n >= 50:
			s += "L"
			n -= 50
		case n >= 40:
			s += "XL"
			n -= 40
		case n >= 10:
			s += "X"
			n -= 10
		case n >= 9:
			s += "IX"
			n -= 9
		case n >= 5:
			s += "V"
			n -= 5
		case n >= 4:
			s += "IV"
			n -= 4
		default:
			s += "I"
			n--
		}
	}
	return s
}

// value maps a roman digit's byte code to its value.
func value(c int) int {
	switch c {
	case 73: // I
		return 1
	case 86: // V
		return 5
	case 88: // X
		return 10
	case 76: // L
		return 50
	case 67: // C
		return 100
	case 68: // D
		return 500
	case 77: // M
		return 1000
	}
	return 0
}

func fromRoman(s string) int {
	total := 0
	for i := 0; i < len(s); i++ {
		v := value(int(s[i]))
		if i+1 < len(s) && v < value(int(s[i+1])) {
			total -= v
		} else {
			total += v
		}
	}
	return total
}

func main() {
	for n := 1; n <= 30; n++ {
		fmt.Println(n, toRoman(n))
	}
	years := 0
	for y := 1666; y <= 2024; y += 37 {
		r := toRoman(y)
		fmt.Println(y, r, fromRoman(r))
		years++
	}
	fmt.Println(years, "years")
	fmt.Println(toRoman(3999), fromRoman("MMMCMXCIX"))
	fmt.Println(fromRoman("MCMXCIV"), fromRoman("XLII"), fromRoman("iv"), fromRoman(""))
	ok := true
	longest, longestN := "", 0
	for n := 1; n < 4000; n++ {
		r := toRoman(n)
		if fromRoman(r) != n {
			ok = false
			fmt.Println("mismatch", n, r)
		}
		if len(r) > len(longest) {
			longest, longestN = r, n
		}
	}
	fmt.Println("round trip ok:", ok)
	fmt.Println("longest:", longestN, longest, len(longest))
}
