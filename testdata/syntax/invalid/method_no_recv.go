package main

func () M() {} // ERROR "method has no receiver"
