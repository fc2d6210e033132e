package main

func main() {
Outer: // ERROR "label Outer defined and not used"
	for i := 0; i < 2; i++ {
		f := func() {
			break Outer // ERROR "break label not defined: Outer"
		}
		g := func() {
			goto Outer // ERROR "label Outer not defined"
		}
		f()
		g()
	}
	h := func() {
	Inner: // ERROR "label Inner defined and not used"
		println()
	}
	goto Inner // ERROR "label Inner not defined"
	h()
}
