// Expressions: operators, literals, conversions, composite literals.
package exprs

import "unsafe"

type T struct {
	A, B int
	p    *T
}

func (T) M()  {}
func (*T) P() {}

var (
	prec  = 1 + 2*3 - 4/2%3<<1>>1&7 | 8 ^ 9&^1
	logic = 1 < 2 && 2 <= 3 || 3 > 4 && 4 >= 5 || 1 == 1 && 1 != 2
	unary = -1 + +2 - ^3
	not   = !true
	ints  = []int{0b1010, 0o17, 0x1F, 017, 1_000_000, 0X_FF}
	flts  = []float64{1.5, .5, 1., 1e10, 1.5e-3, 0x1p-2, 0x1.8p1, 1_0.2_5}
	imgs  = []complex128{1i, 2.5i, 0x10i, 1e2i}
	runes = []rune{'a', '\n', '\'', '\\', '\x41', '\101', '\u00e9', '\U0001F600', 'é'}
	strs  = []string{"", "a\tb", "\"q\"", `raw
string`, "\a\b\f\v\r"}
	arr   = [...]int{1, 2, 3}
	mat   = [2][2]int{{1, 2}, {3, 4}}
	mp    = map[string][]int{"a": {1}, "b": nil}
	ptrs  = []*T{{A: 1}, &T{B: 2}}
	anon  = struct{ X int }{X: 1}
	fn    = func(a, b int) int { return a + b }
	conv  = []byte("abc")
	conv2 = (*int)(nil)
	conv3 = (func())(nil)
	conv4 = (<-chan int)(nil)
	conv5 = []func(){nil}
	conv6 = map[string]func() int{}
	me    = T.M
	me2   = (*T).P
	sel   = T{}.A
	tsel  = interface{ M() }.M
	size  = unsafe.Sizeof(T{})
	up    = (*[4]byte)(unsafe.Pointer(&prec))
	chans = []interface{}{make(chan int), make(chan<- int), make(<-chan int), make(chan (<-chan int))}
	slc   = ints[1:2]
	slc2  = ints[:2:3]
	slc3  = ints[1:]
	slc4  = ints[:]
	idx   = ints[0]
)

func calls(xs ...int) {
	calls(xs...)
	calls(1, 2,
		3,
	)
	var v interface{} = 1
	_ = v.(int)
	_, _ = v.(fmt)
	p := &T{}
	p.p.p.A = 1
	_ = new(**[3]int)
	_ = func() int { return 1 }()
	if x := (T{}); x == (T{}) {
	}
	for _, t := range []T{{}} {
		_ = t
	}
	switch (T{}) {
	}
}

type fmt interface{}
