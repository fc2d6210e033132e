package main

import "unsafe"

func main() {
	x := 1
	var p unsafe.Pointer = &x // ERROR "cannot use &x \\(value of type \\*int\\) as unsafe\\.Pointer value in variable declaration"
	var q *int = p // ERROR "cannot use p \\(variable of type unsafe\\.Pointer\\) as \\*int value in variable declaration"
	_ = p + 1 // ERROR "cannot convert 1 \\(untyped int constant\\) to type unsafe\\.Pointer"
	var u uintptr = p // ERROR "cannot use p \\(variable of type unsafe\\.Pointer\\) as uintptr value in variable declaration"
	_ = *p // ERROR "invalid operation: cannot indirect p \\(variable of type unsafe\\.Pointer\\)"
	_ = (*int)(p)
	_ = unsafe.Pointer(x) // ERROR "cannot convert x \\(variable of type int\\) to type unsafe\\.Pointer"
	_ = unsafe.Pointer(&x)
	_, _ = q, u
}
