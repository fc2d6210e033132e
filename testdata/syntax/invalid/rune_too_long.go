package main

var r = 'ab' // ERROR "more than one character in rune literal"
