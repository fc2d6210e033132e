package main

type P struct{ a, b int }

func main() {
	_ = P{1, 2}
	_ = (P){1, 2}	// ERROR "syntax error: cannot parenthesize type in composite literal"
	_ = ([]int){1}	// ERROR "syntax error: cannot parenthesize type in composite literal"
	_ = ((map[string]int)){}	// ERROR "syntax error: cannot parenthesize type in composite literal"
	_ = &(P){}	// ERROR "syntax error: cannot parenthesize type in composite literal"
}
