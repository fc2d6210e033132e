package main

var s = "a\qb" // ERROR "unknown escape"
