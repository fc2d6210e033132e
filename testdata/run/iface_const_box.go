// Constants converted to interfaces (boxed from read-only data) keep
// their values and types.
package main

import "fmt"

type C float32
type B bool

func main() {
	fmt.Println(1, -7, int8(-3), uint16(65535), 2.5, C(1.25), true, B(false), "hi", "", 'x', 3+4i, complex64(1-2i), byte(200))
	var x any = 42
	y, ok := x.(int)
	fmt.Println(y, ok, x == 42)
	fmt.Printf("%v %T %q\n", uint64(1<<63), C(2), "q")
}
