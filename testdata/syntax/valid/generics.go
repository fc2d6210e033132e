// Generics: type parameter lists, constraints, instantiation.
package generics

type Number interface {
	~int | ~int64 | ~float64
}

type Ordered interface {
	Number | ~string
	comparable
}

type List[T any] struct {
	head *node[T]
	size int
}

type node[T any] struct {
	val  T
	next *node[T]
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

type Tree[T interface{ Less(T) bool }] struct{ root *T }

type Set[E ~string | ~int] map[E]struct{}

type Ptr[P *int,] struct{ p P }

type Slices[S ~[]E, E any] struct{ s S }

type Vec[T any] []T

func (l *List[T]) Push(v T) {
	l.head = &node[T]{val: v, next: l.head}
	l.size++
}

func (p Pair[K, V]) Swap() Pair[K, V] { return p }

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Sum[T Number](xs ...T) (s T) {
	for _, x := range xs {
		s += x
	}
	return
}

func use() {
	_ = Map[int, string]([]int{1}, func(i int) string { return "" })
	_ = Sum[int]
	_ = List[int]{}
	_ = Pair[string, int]{"a", 1}
	var _ Vec[Pair[int, int]]
	f := Map[int, int]
	_ = f
}
