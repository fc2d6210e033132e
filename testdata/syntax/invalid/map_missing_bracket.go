package main

var m map[string int // ERROR "syntax error: unexpected name int, expected \\]"
