package main

var main = func() {} // ERROR "cannot declare main - must be func"
