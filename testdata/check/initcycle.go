package main

var x = f() // ERROR "initialization cycle for x"

func f() int { return x }

func main() { println(x) }
