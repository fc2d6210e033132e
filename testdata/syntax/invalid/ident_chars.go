package main

var a⊛b int	// ERROR `invalid character U\+229B '⊛' in identifier`

var ٣x = 1	// ERROR `identifier cannot begin with digit U\+0663 '٣'`

func main() {
	_ = a⊛b	// ERROR `invalid character U\+229B '⊛' in identifier`
}
