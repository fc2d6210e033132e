// Statements: every statement form.
package stmts

func stmts(ch chan int, xs []int, m map[string]int, v interface{}) (n int) {
	var a, b = 1, 2
	const c = 3
	type local struct{}
	a, b = b, a
	a += 1
	a -= 1
	a *= 2
	a /= 2
	a %= 5
	a &= 3
	a |= 4
	a ^= 1
	a <<= 1
	a >>= 1
	a &^= 2
	a++
	b--
	ch <- a
	x := <-ch
	y, ok := <-ch
	_, _, _ = x, y, ok
	go func() {}()
	defer func() { recover() }()
	{
		n := 1
		_ = n
	}
	if a > 0 {
	} else if b > 0 {
	} else {
	}
	if z := a * 2; z > 10 {
	}
	switch {
	case a > 1, b > 1:
		fallthrough
	case a < 0:
	default:
	}
	switch k := a; k {
	case 1:
	}
	switch t := v.(type) {
	case nil:
	case int, string:
		_ = t
	case []int, map[string]int, *int, func(), chan int:
	}
	switch v.(type) {
	}
	select {
	case ch <- 1:
	case x := <-ch:
		_ = x
	case x, ok := <-ch:
		_, _ = x, ok
	case <-ch:
	default:
	}
	for {
		break
	}
	for a < 10 {
		a++
	}
	for i := 0; i < 10; i++ {
		continue
	}
	for ; ; {
		break
	}
	for i, x := range xs {
		_, _ = i, x
	}
	for k := range m {
		_ = k
	}
	for range 10 {
	}
	for a, b = range xs {
	}
	for _, v := range []int{1, 2} {
		_ = v
	}
outer:
	for {
		for {
			break outer
		}
		continue outer
	}
	goto end
end:
	return a + b
}
