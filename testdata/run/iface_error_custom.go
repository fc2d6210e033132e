package main

import "fmt"

type NotFound struct{ Key string }

func (e NotFound) Error() string { return "not found: " + e.Key }

type Temporary struct {
	Op    string
	Retry int
}

func (e *Temporary) Error() string   { return fmt.Sprintf("%s failed (retry %d)", e.Op, e.Retry) }
func (e *Temporary) Temporary() bool { return true }

type Wrapped struct {
	ctx string
	err error
}

func (w Wrapped) Error() string { return w.ctx + ": " + w.err.Error() }
func (w Wrapped) Unwrap() error { return w.err }

func lookup(k string) (int, error) {
	switch k {
	case "a":
		return 1, nil
	case "t":
		return 0, &Temporary{"lookup", 3}
	case "w":
		return 0, Wrapped{"outer", NotFound{"inner"}}
	}
	return 0, NotFound{k}
}

func unwrapAll(err error) []string {
	var chain []string
	for err != nil {
		chain = append(chain, err.Error())
		u, ok := err.(interface{ Unwrap() error })
		if !ok {
			break
		}
		err = u.Unwrap()
	}
	return chain
}

func main() {
	for _, k := range []string{"a", "b", "t", "w"} {
		v, err := lookup(k)
		if err != nil {
			fmt.Println("error:", err)
			if nf, ok := err.(NotFound); ok {
				fmt.Println("  key", nf.Key)
			}
			if t, ok := err.(interface{ Temporary() bool }); ok {
				fmt.Println("  temporary", t.Temporary())
			}
			fmt.Println("  chain", len(unwrapAll(err)), unwrapAll(err))
			continue
		}
		fmt.Println("value", v)
	}
	e := fmt.Errorf("code %d: %s", 404, "missing")
	fmt.Println(e, e.Error() == "code 404: missing")
	fmt.Printf("%v|%s|%q\n", NotFound{"x"}, NotFound{"y"}, NotFound{"z"})
	var errs []error
	errs = append(errs, NotFound{"1"}, &Temporary{"op", 1}, nil)
	for _, e := range errs {
		fmt.Println(e == nil, e)
	}
	fmt.Println(NotFound{"q"} == NotFound{"q"}, error(NotFound{"q"}) == error(NotFound{"q"}))
}
