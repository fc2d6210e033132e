package main

var s = `abc // ERROR "string not terminated"
