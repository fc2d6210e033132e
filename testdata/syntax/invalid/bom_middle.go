package main

func main() {
	﻿x := 1 // a BOM before x	// ERROR "invalid BOM in the middle of the file"
	_ = x /* ﻿ */	// ERROR "invalid BOM in the middle of the file"
	s := "a﻿b"	// ERROR "invalid BOM in the middle of the file"
	_ = s
}
