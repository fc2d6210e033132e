package main

func main() {
	break // ERROR "break is not in a loop, switch, or select"
	continue // ERROR "continue is not in a loop"
	for i := 0; i < 3; i++ {
		continue L // ERROR "continue label not defined: L"
	}
L: // ERROR "label L defined and not used"
	for {
		break M // ERROR "break label not defined: M"
	}
	switch {
	case true:
		fallthrough // ERROR "cannot fallthrough final case in switch"
	}
}
