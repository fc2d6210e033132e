package main

func pair() ([]int, []int) { return nil, nil }
func two() (int, int)      { return 1, 2 }
func one() int             { return 1 }

func main() {
	_ = append(pair()) // ERROR "cannot use pair\\(\\) \\(value of type \\[\\]int\\) as int value in argument to append"
	_ = copy(two()) // ERROR "invalid argument: copy expects slice arguments; found two\\(\\) \\(value of type int\\) and two\\(\\) \\(value of type int\\)"
	_ = len(two()) // ERROR "invalid operation: too many arguments for len\\(two\\(\\)\\) \\(expected 1, found 2\\)"
	_ = complex(two()) // ERROR "invalid argument: arguments have type int, expected floating-point"
	_ = len(one()) // ERROR "invalid argument: one\\(\\) \\(value of type int\\) for built-in len"
}
