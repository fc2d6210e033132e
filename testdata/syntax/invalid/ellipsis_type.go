package main

func f(a int) (...)	// ERROR `syntax error: \.\.\. is missing type`

var v ...int	// ERROR `syntax error: unexpected \.\.\., expected type`

func g() {
}
