package main

var x = 1__000 // ERROR "'_' must separate successive digits"
