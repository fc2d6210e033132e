package main

type T struct{ v int }

func main() {
	for i := 0; i < 3; i++ {
		sq := i * i // ERROR "declared and not used: sq"
	}
	if v := 3; true {
		w := v // ERROR "declared and not used: w"
	}
	switch k := 1; k {
	case 1:
		unused := k // ERROR "declared and not used: unused"
	}
	func() {
		inner := 4 // ERROR "declared and not used: inner"
	}()
	var t T
	p := &t
	for _, r := range "ab" {
		r2 := r // ERROR "declared and not used: r2"
	}
	_ = p
}
