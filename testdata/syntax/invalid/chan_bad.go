package main

var c <-int // ERROR "syntax error: unexpected name int, expected chan"
