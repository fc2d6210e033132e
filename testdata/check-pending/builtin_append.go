package main

func main() {
	s := []int{1}
	_ = append(s, "x") // ERROR "cannot use \"x\" \\(untyped string constant\\) as int value in argument to append"
	_ = append() // ERROR "invalid operation: not enough arguments for append\\(\\) \\(expected 1, found 0\\)"
	n := 3
	_ = append(n, 1) // ERROR "first argument to append must be a slice; have n \\(variable of type int\\)"
	var arr [2]int
	_ = append(arr, 1) // ERROR "first argument to append must be a slice; have arr \\(variable of type \\[2\\]int\\)"
	t := []string{"a"}
	_ = append(s, t...) // ERROR "cannot use t \\(variable of type \\[\\]string\\) as \\[\\]int value in argument to append"
	_ = append(s, 1, t...) // ERROR "too many arguments in call to append"
	append(s, 2) // ERROR "append\\(s, 2\\) \\(value of type \\[\\]int\\) is not used"
	var bs []byte
	_ = append(bs, "abc"...)
	_ = append(s, 1.5) // ERROR "cannot use 1\\.5 \\(untyped float constant\\) as int value in argument to append \\(truncated\\)"
}
