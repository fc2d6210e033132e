package main

import "fmt"

func safeDivide(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
			q = -1
		}
	}()
	q = a / b
	return q, nil
}

func parseAll(items []string) (count int, failed []string) {
	for _, it := range items {
		func() {
			defer func() {
				if r := recover(); r != nil {
					failed = append(failed, fmt.Sprint(it, "=", r))
				}
			}()
			if len(it) == 0 {
				panic("empty")
			}
			if it[0] == '!' {
				panic(fmt.Sprintf("bang at %d", len(it)))
			}
			count++
		}()
	}
	return
}

func partial() (steps []string) {
	defer func() {
		recover()
		steps = append(steps, "cleanup")
	}()
	steps = append(steps, "step1")
	steps = append(steps, "step2")
	var m map[string]int
	m["x"] = 1
	steps = append(steps, "step3")
	return
}

func main() {
	fmt.Println(safeDivide(10, 3))
	fmt.Println(safeDivide(1, 0))
	fmt.Println(parseAll([]string{"a", "", "!x", "bb", "!"}))
	fmt.Println(partial())
}
