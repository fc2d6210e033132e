package main

type T chan

func f(c chan) {	// ERROR `syntax error: unexpected name f, expected \(`
}

func g(c chan, n int) {	// ERROR "syntax error: missing channel element type"
}
