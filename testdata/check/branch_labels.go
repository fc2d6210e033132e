package main

func main() {
	x := 0
	for {
		break Later // ERROR "break label not defined: Later"
	}
Later:
	for {
		break Later
	}
Before:
	x++
	for x < 10 {
		if x == 3 {
			continue Before // ERROR "invalid continue label Before"
		}
		break Before // ERROR "invalid break label Before"
	}
Blk:
	{
		break Blk // ERROR "invalid break label Blk"
	}
Cond:
	if x > 0 {
		continue Cond // ERROR "invalid continue label Cond"
	}
	for {
		continue Nowhere // ERROR "continue label not defined: Nowhere"
	}
}
