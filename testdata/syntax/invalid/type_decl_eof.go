package main

type A	// ERROR "syntax error: unexpected newline in type declaration"
type B	// ERROR "syntax error: unexpected newline in type declaration"

type Z	// ERROR "syntax error: unexpected EOF in type declaration"