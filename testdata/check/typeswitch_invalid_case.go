package main

func main() {
	var x interface{}
	switch t := x.(type) {
	case 0: // ERROR "0 is not a type"
		t.x = 1
		x.x = 1 // ERROR "x\\.x undefined \\(type interface\\{\\} has no field or method x\\)"
	case Missing: // ERROR "undefined: Missing"
		t.M()
	case string:
		t.M() // ERROR "t\\.M undefined \\(type string has no field or method M\\)"
	}
}
