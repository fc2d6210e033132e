package main

func main() {
	goto Missing // ERROR "label Missing not defined"
Unused: // ERROR "label Unused defined and not used"
	println(1)
Dup:
	println(2)
Dup: // ERROR "label Dup already defined at \\./goto_labels\\.go:7:1"
	println(3)
	for {
		break Nowhere // ERROR "break label not defined: Nowhere"
	}
	goto Dup
}
