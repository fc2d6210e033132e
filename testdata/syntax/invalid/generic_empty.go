package main

func f[]() {} // ERROR "syntax error: empty type parameter list"
