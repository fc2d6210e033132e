package main

import "fmt"

type abort struct{ reason string }

func check(cond bool, reason string) {
	if !cond {
		panic(abort{reason})
	}
}

func parse(s string) (n int, err error) {
	defer func() {
		if r := recover(); r != nil {
			if a, ok := r.(abort); ok {
				err = fmt.Errorf("parse %q: %s", s, a.reason)
				return
			}
			panic(r)
		}
	}()
	check(len(s) > 0, "empty")
	for _, c := range s {
		check(c >= '0' && c <= '9', fmt.Sprintf("bad char %q", c))
		n = n*10 + int(c-'0')
		check(n < 1000, "too large")
	}
	return n, nil
}

func main() {
	for _, s := range []string{"123", "", "12a", "99999", "7"} {
		n, err := parse(s)
		fmt.Println(n, err)
	}
}
