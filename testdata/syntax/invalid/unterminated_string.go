package main

var s = "abc // ERROR "newline in string"
