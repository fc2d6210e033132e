package main

type I interface {
	M() int, // ERROR "syntax error: unexpected comma in interface type; possibly missing semicolon or newline or \\}"
}
