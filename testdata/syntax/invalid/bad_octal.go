package main

var x = 0789 // ERROR "invalid digit '8' in octal literal"
