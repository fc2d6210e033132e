package main

func classify(v interface{}, n int) {
	switch v {
	case 1:
	case "one":
	case 1: // duplicate against an interface tag // ERROR "duplicate case 1 \\(constant of type int\\) in expression switch"
	case interface{}(2):
	case interface{}(2): // not constant: fine
	}
	switch v.(type) {
	case nil:
	case int, string:
	case nil: // ERROR "duplicate case nil in type switch"
	case string: // ERROR "duplicate case string in type switch"
	}
	switch n {
	case 3, 4:
	case 4: // ERROR "duplicate case 4 \\(constant of type int\\) in expression switch"
	}
	_ = map[interface{}]bool{"k": true, "k": false} // ERROR "duplicate key \"k\" in map literal"
	_ = map[int]bool{7: true, 7: false} // ERROR "duplicate key 7 in map literal"
}

func main() { classify(nil, 0) }
