package main

func main() {
	x := 1
Block:
	{
		if x > 0 {
			break Block // ERROR "invalid break label Block"
		}
	}
Sw:
	switch x {
	case 1:
		continue Sw // ERROR "invalid continue label Sw"
	}
Loop:
	for i := 0; i < 2; i++ {
		continue Loop
	}
	for {
		continue Outer // ERROR "continue label not defined: Outer"
	}
Outer:
	println()
	goto Outer
}
