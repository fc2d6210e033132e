package main

func main() {
	goto inner // ERROR "goto inner jumps into block starting at \\./goto_into_block_label\\.go:5:2"
	{
	inner:
		println()
	}
unused: // ERROR "label unused defined and not used"
	println()
}
