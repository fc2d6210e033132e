package main

import "fmt"

func isLeap(y int) bool {
	return y%4 == 0 && (y%100 != 0 || y%400 == 0)
}

func daysIn(y, m int) int {
	switch m {
	case 2:
		if isLeap(y) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	default:
		return 31
	}
}

// monthOffset is Sakamoto's table {0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4}.
func monthOffset(m int) int {
	switch m {
	case 1, 5:
		return 0
	case 2, 6:
		return 3
	case 3, 11:
		return 2
	case 4:
		return 5
	case 7:
		return 5
	case 8:
		return 1
	case 9, 12:
		return 4
	case 10:
		return 6
	}
	return -1
}

// dayOfWeek returns 0 for Sunday.
func dayOfWeek(y, m, d int) int {
	if m < 3 {
		y--
	}
	return (y + y/4 - y/100 + y/400 + monthOffset(m) + d) % 7
}

// zeller is Zeller's congruence, converted to 0 = Sunday.
func zeller(y, m, d int) int {
	if m < 3 {
		m += 12
		y--
	}
	k := y % 100
	j := y / 100
	h := (d + 13*(m+1)/5 + k + k/4 + j/4 + 5*j) % 7
	return (h + 6) % 7
}

func dayName(w int) string {
	switch w {
	case 0:
		return "Sun"
	case 1:
		return "Mon"
	case 2:
		return "Tue"
	case 3:
		return "Wed"
	case 4:
		return "Thu"
	case 5:
		return "Fri"
	}
	return "Sat"
}

func pad2(n int) string {
	s := ""
	if n < 10 {
		s = " "
	}
	return s + itoa(n)
}

func itoa(n int) string {
	if n < 10 {
		switch n {
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
		}
		return "9"
	}
	return itoa(n/10) + itoa(n%10)
}

func calendar(y, m int) {
	fmt.Println("     ", y, "/", m)
	fmt.Println("Su Mo Tu We Th Fr Sa")
	line := ""
	w := dayOfWeek(y, m, 1)
	for i := 0; i < w; i++ {
		line += "   "
	}
	for d := 1; d <= daysIn(y, m); d++ {
		line += pad2(d)
		if (w+d)%7 == 0 {
			fmt.Println(line)
			line = ""
		} else {
			line += " "
		}
	}
	if line != "" {
		fmt.Println(line)
	}
}

func main() {
	fmt.Println(dayName(dayOfWeek(1969, 7, 20)), dayName(zeller(1969, 7, 20)))
	fmt.Println(dayName(dayOfWeek(2000, 1, 1)), dayName(zeller(2000, 1, 1)))
	fmt.Println(dayName(dayOfWeek(2024, 2, 29)), dayName(zeller(2024, 2, 29)))
	agree := 0
	fridays13 := 0
	for y := 1900; y < 2100; y++ {
		for m := 1; m <= 12; m++ {
			for d := 1; d <= daysIn(y, m); d++ {
				if dayOfWeek(y, m, d) == zeller(y, m, d) {
					agree++
				}
			}
			if dayOfWeek(y, m, 13) == 5 {
				fridays13++
			}
		}
	}
	fmt.Println("days where both agree:", agree, "friday 13ths:", fridays13)
	for y := 1896; y <= 2004; y += 4 {
		if !isLeap(y) {
			fmt.Println(y, "is not a leap year")
		}
	}
	calendar(2024, 2)
	calendar(1970, 1)
	// Sundays on the first of the month during the twentieth century.
	sundays := 0
	for y := 1901; y <= 2000; y++ {
		for m := 1; m <= 12; m++ {
			if dayOfWeek(y, m, 1) == 0 {
				sundays++
			}
		}
	}
	fmt.Println("first-of-month Sundays 1901-2000:", sundays)
}
