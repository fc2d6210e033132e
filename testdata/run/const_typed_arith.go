package main

import "fmt"

type Duration int64

const (
	Nanosecond  Duration = 1
	Microsecond          = 1000 * Nanosecond
	Millisecond          = 1000 * Microsecond
	Second               = 1000 * Millisecond
	Minute               = 60 * Second
	Hour                 = 60 * Minute
)

func (d Duration) String() string {
	h := d / Hour
	d -= h * Hour
	m := d / Minute
	d -= m * Minute
	s := d / Second
	d -= s * Second
	return fmt.Sprintf("%dh%02dm%02ds+%dns", int64(h), int64(m), int64(s), int64(d))
}

type Mask uint16

const (
	Read Mask = 1 << iota
	Write
	Exec
	All = Read | Write | Exec
)

func main() {
	fmt.Println(int64(Hour), int64(Minute), int64(Millisecond))
	d := 2*Hour + 3*Minute + 4*Second + 5
	fmt.Println(d)
	fmt.Println(Duration(90) * Minute)
	fmt.Printf("%T %T\n", Microsecond, Hour)
	fmt.Println(Read, Write, Exec, All)
	m := Read | Exec
	fmt.Println(m&Write != 0, m&Exec != 0, m&^Read, All^m)
	const perDay = 24 * Hour
	fmt.Println(int64(perDay / Second))
	const f = float64(Second) / float64(Millisecond)
	fmt.Println(f)
	const neg = -Hour
	fmt.Println(int64(neg))
}
