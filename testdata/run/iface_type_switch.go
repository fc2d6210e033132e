package main

import "fmt"

type Stringer interface{ String() string }
type Num int

func (n Num) String() string { return fmt.Sprintf("Num(%d)", int(n)) }

type Err struct{ msg string }

func (e *Err) Error() string { return "err: " + e.msg }

func classify(v any) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("integer %v (%T)", x, x)
	case error:
		return "error " + x.Error()
	case Stringer:
		return "stringer " + x.String()
	case string:
		return "string len " + fmt.Sprint(len(x))
	case []int:
		return fmt.Sprintf("slice len %d", len(x))
	case func() int:
		return fmt.Sprintf("func returning %d", x())
	case struct{ A int }:
		return fmt.Sprintf("anon struct %d", x.A)
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func main() {
	vals := []any{nil, 1, int64(2), &Err{"bad"}, Num(5), "hey", []int{1, 2},
		func() int { return 9 }, struct{ A int }{3}, 2.5, map[string]int{}, int8(1)}
	for _, v := range vals {
		fmt.Println(classify(v))
	}
	var e error
	fmt.Println(classify(e))
	var ep *Err
	fmt.Println(classify(ep == nil))
	var s Stringer = Num(1)
	switch s.(type) {
	case Num:
		fmt.Println("s is Num")
	}
	switch v := any(3.5).(type) {
	case float32, float64:
		fmt.Printf("float kind %T\n", v)
	}
}
