package main

import "a b"	// ERROR `invalid import path \(invalid character U\+0020 ' '\)`
import "x?"	// ERROR `invalid import path \(invalid character U\+003F '\?'\)`
import "c:d"	// ERROR `invalid import path \(invalid character U\+003A ':'\)`
import "tab	x"	// ERROR `invalid import path \(invalid character U\+0009\)`
import `back\slash`	// ERROR `invalid import path \(invalid character U\+005C '\\'\)`

func main() {
}
