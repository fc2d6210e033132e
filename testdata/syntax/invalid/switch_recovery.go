package main

func f(x int) {
	switch x {
	case 1;	// ERROR "syntax error: unexpected semicolon, expected :"
	case 2:
	}
	switch x {
	case 1: f(1) case 2:	// ERROR "syntax error: unexpected case at end of statement"
	}
	switch x {
	case 1: f(1) default:	// ERROR "syntax error: unexpected default at end of statement"
	}
	switch {
	for {	// ERROR `syntax error: unexpected for, expected case or default or \}`
	}
	}
}
