package main

import "fmt"

const (
	Sunday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

const (
	_  = iota
	KB = 1 << (10 * iota)
	MB
	GB
	TB
)

const (
	A, B = iota, iota * 10
	C, D
	_, _
	E, F
)

const (
	FlagRead = 1 << iota
	FlagWrite
	FlagExec
	FlagAll = FlagRead | FlagWrite | FlagExec
)

const (
	x0 = "s"
	x1
	x2 = iota
	x3
)

func dayName(d int) string {
	switch d {
	case Sunday:
		return "Sunday"
	case Monday:
		return "Monday"
	case Tuesday:
		return "Tuesday"
	case Wednesday:
		return "Wednesday"
	case Thursday:
		return "Thursday"
	case Friday:
		return "Friday"
	case Saturday:
		return "Saturday"
	}
	return "?"
}

func flags(f int) string {
	s := ""
	if f&FlagRead != 0 {
		s += "r"
	} else {
		s += "-"
	}
	if f&FlagWrite != 0 {
		s += "w"
	} else {
		s += "-"
	}
	if f&FlagExec != 0 {
		s += "x"
	} else {
		s += "-"
	}
	return s
}

func main() {
	for d := Sunday; d <= Saturday; d++ {
		fmt.Println(d, dayName(d))
	}
	fmt.Println(KB, MB, GB, TB)
	fmt.Println(A, B, C, D, E, F)
	fmt.Println(FlagRead, FlagWrite, FlagExec, FlagAll)
	for f := range FlagAll + 1 {
		fmt.Println(f, flags(f))
	}
	fmt.Println(x0, x1, x2, x3)
	const (
		l0 = iota * iota
		l1
		l2
		l3
	)
	fmt.Println(l0, l1, l2, l3)
	const (
		m0 int = iota + 100
		m1
		m2 = "str"
		m3 = len(m2) + iota
	)
	fmt.Println(m0, m1, m2, m3)
}
