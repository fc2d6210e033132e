package main

import "fmt"

type ValidationError struct {
	Field string
}

func (v *ValidationError) Error() string { return "invalid field " + v.Field }

func validate(fields []string) {
	for _, f := range fields {
		fmt.Println("checking", f)
		if f == "" {
			panic(&ValidationError{"<empty>"})
		}
	}
}

func main() {
	func() {
		defer func() {
			r := recover()
			if e, ok := r.(error); ok {
				ve := e.(*ValidationError)
				fmt.Println("recovered validation error:", ve.Field, "|", e)
			}
		}()
		validate([]string{"a", ""})
	}()
	validate([]string{"x", "y", ""})
}
