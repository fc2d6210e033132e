// Range over a function iterator: the body becomes the yield function,
// sharing `sum` and the result through cells; `return` leaves through
// the loop record's exit code.
package main

func upto(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func first(limit int) int {
	sum := 0
	for i := range upto(10) {
		if i > limit {
			return i
		}
		if i%2 == 0 {
			continue
		}
		sum += i
	}
	return sum
}

func main() {}
