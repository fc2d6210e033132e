package main

import (
	"fmt"
	f "fmt" // ERROR "\"fmt\" imported as f and not used"
)

var _ = fmt.Sprint

var fmt = 1 // ERROR "fmt already declared through import of package fmt \\(\"fmt\"\\)"

const c = f // ERROR "use of package f not in selector"

func g(x interface{}) {
	switch v := x.(type) { // ERROR "v declared and not used"
	}
	switch w := x.(type) { // ERROR "w declared and not used"
	case int:
	}
}

func main() {}
