package main

func f(a, b bool, n int) {
	if a; b	// ERROR `syntax error: unexpected newline, expected \{ after if clause`
	{
	}
	for i := 0; i < n; i++	// ERROR `syntax error: unexpected newline, expected \{ after for clause`
	{
	}
	switch n; n	// ERROR `syntax error: missing \{ after switch clause`
	{
	}
	if a b {	// ERROR `syntax error: unexpected name b, expected \{`
	}
	for n > 0; {	// ERROR `syntax error: unexpected \{, expected for loop condition`
	}
}
